import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { toBase64url } from './base64url.ts';
import { createLinkSelector, type LinkSelector, maxExactLength } from './create-link-selector.ts';
import { decodeLinkSelector, encodeLinkSelector } from './encode-link-selector.ts';
import { quoteId } from './quote-id.ts';

const text =
  'Как отметил президент в интервью "Известиям", для Казахстана ШОС – это один из приоритетов.\n\n' +
  '"Хочу отметить, что позиции наших стран по большинству текущих вопросов созвучны",- сказал казахстанский лидер.';
const quote = 'Хочу отметить, что позиции наших стран по большинству текущих вопросов созвучны';
const span = { start: text.indexOf(quote), end: text.indexOf(quote) + quote.length };

describe('createLinkSelector', () => {
  it('carries the words, 32 characters of context on each side and the position', () => {
    const s = createLinkSelector(text, span, quoteId(quote));
    expect(s.quote).toBe(quote);
    expect(s.tail).toBe('');
    expect(s.prefix).toBe('ОС – это один из приоритетов.\n\n"');
    expect(s.suffix).toBe(text.slice(span.end, span.end + 32));
    expect(s.hint).toBe(span.start);
  });

  it('carries head and tail only for a long text', () => {
    const long = 'слово '.repeat(200);
    const s = createLinkSelector(long, { start: 0, end: long.length }, null);
    expect(s.length).toBe(long.length);
    expect(s.quote.length + s.tail.length).toBeLessThan(maxExactLength);
    expect(long.startsWith(s.quote) && long.endsWith(s.tail)).toBe(true);
  });
});

describe('encodeLinkSelector', () => {
  it('round-trips a quote', () => {
    const s = createLinkSelector(text, span, quoteId(quote));
    expect(decodeLinkSelector(encodeLinkSelector(s))).toEqual(s);
  });

  it('is URL-safe and much shorter than percent-encoding', () => {
    const token = encodeLinkSelector(createLinkSelector(text, span, quoteId(quote)));
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const percent = encodeURIComponent(quote).length;
    expect(token.length * 3).toBeLessThan(percent * 2);
  });

  it.each([
    ['empty', ''],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['script', '<script>alert(1)</script>'],
    ['bad percent-encoding', '%E0%A4%A'],
    ['base64 padding', 'AQ=='],
    ['wrong version', toBase64url([2, 0xfe])],
    ['truncated', encodeLinkSelector(createLinkSelector(text, span, null)).slice(0, 40)],
    ['huge', 'A'.repeat(1_000_000)],
    ['prototype', '__proto__'],
  ])('gives null, never throws, for %s', (_name, token) => {
    expect(decodeLinkSelector(token)).toBeNull();
  });
});

const cyrillic = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙЯ «»—–…„“"\',.-\n\u00a0'.split('')),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 120,
});
const hostile = fc.constantFrom('<script>', '%', '&s=', ':~:', '#', '\u0000', '\ud800', '\u00fe', '\uffff');
const texts = fc.oneof(
  cyrillic,
  fc.tuple(cyrillic, hostile, cyrillic).map((p) => p.join('')),
);

test.prop([texts, texts, texts, fc.option(fc.stringMatching(/^[0-9a-z]{7}$/), { nil: null }), fc.nat(1e6)])(
  'every selector round-trips, whatever its text',
  (prefix, words, suffix, id, hint) => {
    fc.pre(words.length > 0);
    const s: LinkSelector = {
      ...createLinkSelector(
        prefix + words + suffix,
        { start: prefix.length, end: prefix.length + words.length },
        id,
      ),
      hint,
    };
    expect(decodeLinkSelector(encodeLinkSelector(s))).toEqual(s);
  },
);

test.prop([fc.string({ unit: 'binary', maxLength: 400 })])('decoding any string never throws', (token) => {
  const s = decodeLinkSelector(token);
  if (s) expect(s.quote.length).toBeGreaterThan(0);
});

test.prop([fc.uint8Array({ maxLength: 300 })])('decoding any bytes never throws', (bytes) => {
  expect(() => decodeLinkSelector(toBase64url(bytes))).not.toThrow();
});
