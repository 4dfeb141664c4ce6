import { describe, expect, it } from 'vitest';
import { createLinkSelector } from '../../analysis/anchoring/create-link-selector.ts';
import { formatLinkHash, parseLinkHash } from '../../analysis/anchoring/link-hash.ts';
import { quoteId } from '../../analysis/anchoring/quote-id.ts';
import type { Analysis } from '../../analysis/types.ts';
import { resolveLink } from './resolve-link.ts';

const said = 'Возлагаю большие надежды на успешное казахстанско-российское взаимодействие';
const other = 'Мы едины в вопросах противодействия новым вызовам и угрозам';

function article(
  first: string,
  second: string | null,
  intro = 'Президент РК выступил с заявлением.',
): Analysis {
  const text = `${intro}\n\n"${first}", — заключил Токаев.${second ? `\n\n"${second}", — добавил он.` : ''}`;
  const quote = (words: string) => ({
    id: quoteId(words),
    start: text.indexOf(words),
    end: text.indexOf(words) + words.length,
    kind: 'direct' as const,
    speaker: null,
    speakerMention: null,
  });
  return {
    text,
    paragraphs: [],
    quotes: [quote(first), ...(second ? [quote(second)] : [])],
    quoted: [],
    entities: [],
    source: null,
  };
}

const original = article(said, other);
const shared = (a: Analysis, i: number) => {
  const q = a.quotes[i];
  if (!q) throw new Error('no quote');
  return parseLinkHash(formatLinkHash(createLinkSelector(a.text, q, q.id)));
};

describe('resolveLink', () => {
  it('is null without a link of ours', () => {
    expect(resolveLink(original, parseLinkHash('#main'))).toBeNull();
  });

  it('opens a quote by id, with or without the selector', () => {
    expect(resolveLink(original, parseLinkHash(`#quote-${quoteId(other)}`))).toMatchObject({
      kind: 'quote',
      quoteId: quoteId(other),
      diff: null,
    });
    expect(resolveLink(original, shared(original, 1))).toMatchObject({
      kind: 'quote',
      quoteId: quoteId(other),
      diff: null,
    });
  });

  it('opens the same quote after an edit elsewhere', () => {
    const edited = article(said, other, 'Редакция дополнила материал. Президент РК выступил с заявлением.');
    expect(resolveLink(edited, shared(original, 0))).toMatchObject({
      kind: 'quote',
      quoteId: quoteId(said),
      diff: null,
    });
  });

  it('re-anchors an edited quote and shows the word diff', () => {
    const reworded = said.replace('большие', 'огромные');
    const edited = article(reworded, other);
    const r = resolveLink(edited, shared(original, 0));
    expect(r).toMatchObject({ kind: 'quote', quoteId: quoteId(reworded) });
    expect(r?.kind === 'quote' && r.diff?.filter((p) => p.op !== 'same')).toEqual([
      { op: 'removed', text: 'большие' },
      { op: 'added', text: 'огромные' },
    ]);
  });

  it('says missing for a deleted quote, and for a bare id that is gone', () => {
    const edited = article(said, null);
    expect(resolveLink(edited, shared(original, 1))).toEqual({ kind: 'missing' });
    expect(resolveLink(edited, parseLinkHash(`#quote-${quoteId(other)}`))).toEqual({ kind: 'missing' });
  });

  it('opens a selected fragment', () => {
    const start = original.text.indexOf('успешное');
    const hash = formatLinkHash(createLinkSelector(original.text, { start, end: start + 20 }, null));
    expect(resolveLink(original, parseLinkHash(hash))).toEqual({
      kind: 'fragment',
      span: { start, end: start + 20 },
      diff: null,
    });
  });

  it('calls hostile fragments invalid', () => {
    expect(resolveLink(original, parseLinkHash('#quote-<img src=x onerror=alert(1)>'))).toEqual({
      kind: 'invalid',
    });
  });
});
