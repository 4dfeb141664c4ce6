import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createLinkSelector } from './create-link-selector.ts';
import { formatLinkHash, parseLinkHash, quoteHashFromPath } from './link-hash.ts';
import { quoteId } from './quote-id.ts';
import { shareUrl } from './share-url.ts';

const text = 'Как отметил президент, "Казахстан и Россия объединили усилия", — сказал он.';
const quote = 'Казахстан и Россия объединили усилия';
const span = { start: text.indexOf(quote), end: text.indexOf(quote) + quote.length };
const id = quoteId(quote);

describe('parseLinkHash', () => {
  it('reads the contract form #quote-ID', () => {
    expect(parseLinkHash(`#quote-${id}`)).toEqual({ kind: 'quote', id, selector: null });
    expect(parseLinkHash(`#quote-${id}-2`)).toEqual({ kind: 'quote', id: `${id}-2`, selector: null });
  });

  it('reads a shared quote link with its selector', () => {
    const selector = createLinkSelector(text, span, id);
    expect(parseLinkHash(`#${formatLinkHash(selector)}`)).toEqual({ kind: 'quote', id, selector });
  });

  it('reads a fragment link', () => {
    const selector = createLinkSelector(text, { start: 0, end: 21 }, null);
    expect(parseLinkHash(formatLinkHash(selector))).toEqual({ kind: 'fragment', selector });
  });

  it('drops a Text Fragment directive a browser left in place', () => {
    const url = shareUrl('https://example.org/', text, span, id);
    const hash = url.slice(url.indexOf('#'));
    expect(hash).toContain(':~:text=');
    expect(parseLinkHash(hash)).toMatchObject({ kind: 'quote', id });
  });

  it('ignores fragments that are not ours', () => {
    expect(parseLinkHash('')).toBeNull();
    expect(parseLinkHash('#')).toBeNull();
    expect(parseLinkHash('#main')).toBeNull();
    expect(parseLinkHash('#quotes')).toBeNull();
  });

  it.each([
    '#quote-',
    '#quote-<img src=x onerror=alert(1)>',
    '#quote-%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    '#quote-%E0%A4%A',
    '#quote-ЦИТАТА',
    '#quote-abc1234/../../etc',
    `#quote-${'a'.repeat(10_000)}`,
    '#fragment',
    '#fragment&s=<script>alert(1)</script>',
    '#fragment&s=%E0%A4%A',
  ])('calls %s invalid, without throwing', (hash) => {
    expect(parseLinkHash(hash)).toEqual({ kind: 'invalid' });
  });

  it('keeps the id when the selector is garbage', () => {
    expect(parseLinkHash(`#quote-${id}&s=%%%`)).toEqual({ kind: 'quote', id, selector: null });
  });
});

describe('quoteHashFromPath', () => {
  it('reads the quote id of a preview page path', () => {
    expect(quoteHashFromPath(`/q/${id}/`)).toBe(`#quote-${id}`);
    expect(quoteHashFromPath(`/reader/q/${id}-2/index.html`)).toBe(`#quote-${id}-2`);
  });

  it('ignores any other path', () => {
    expect(quoteHashFromPath('/')).toBe('');
    expect(quoteHashFromPath('/q/<img>/')).toBe('');
    expect(quoteHashFromPath('/q/abc/def/')).toBe('');
  });
});

describe('shareUrl', () => {
  it('points a quote at its preview page, with selector and Text Fragment after the app fragment', () => {
    const url = shareUrl('https://example.org/', text, span, id);
    expect(url).toMatch(new RegExp(`^https://example\\.org/q/${id}/#quote-${id}&s=[A-Za-z0-9_-]+:~:text=`));
    expect(new URL(url).hash.startsWith(`#quote-${id}&s=`)).toBe(true);
  });

  it('points a fragment at the article', () => {
    expect(shareUrl('https://example.org/', text, { start: 0, end: 11 }, null)).toMatch(
      /^https:\/\/example\.org\/#fragment&s=[A-Za-z0-9_-]+:~:text=/,
    );
  });
});

test.prop([fc.string({ unit: 'binary', maxLength: 300 })])('any hash parses without throwing', (hash) => {
  const target = parseLinkHash(`#quote-${hash}`);
  expect(target).not.toBeNull();
  if (target?.kind === 'quote') expect(target.id).toMatch(/^[0-9a-z-]+$/);
});
