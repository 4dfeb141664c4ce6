import type { MorphAnalyzer } from '../morphology/morph-analyzer.ts';
import { foldWord, type TaggedToken, wordFeatures } from '../morphology/tag-tokens.ts';
import { placeAdjectives } from './data/place-adjectives.ts';
import type { DraftEntity } from './group-mentions.ts';
import type { KnownIndex } from './known-index.ts';
import { allMentions, mapMentions } from './mention-map.ts';
import type { TaggedBlock } from './recognize-names.ts';

/**
 * Links adjectives of place to the place when the text also names it: "российским" →
 * Россия, and each part of a compound ("казахстанско-российское" → Казахстан, Россия).
 * Adjectives inside another mention ("казахстанский лидер") are left to that mention.
 * Mutates the drafts' mentions.
 */
export function linkAdjectives(
  blocks: readonly TaggedBlock[],
  drafts: DraftEntity[],
  known: KnownIndex,
  morph: MorphAnalyzer,
): void {
  const places = new Map<string, DraftEntity>();
  for (const d of drafts) if (d.type === 'LOC') places.set(foldWord(d.name), d);
  if (places.size === 0) return;
  const sorted = allMentions(drafts);
  const found: { entity: DraftEntity; start: number; end: number }[] = [];
  for (const block of blocks) {
    const map = mapMentions(block.tokens, sorted);
    block.tokens.forEach((t, i) => {
      if (t.kind !== 'word' || t.upper || map.covered(i)) return;
      if (!t.features.parses.some((p) => p.grammemes.includes('ADJF')) && !t.text.includes('-')) return;
      for (const part of adjectiveParts(t, morph)) {
        const place = placeFor(part.lemmas, known);
        const entity = place ? places.get(foldWord(place)) : undefined;
        if (entity) found.push({ entity, start: part.start, end: part.end });
      }
    });
  }
  for (const f of found) f.entity.mentions.push({ start: f.start, end: f.end, kind: 'adjective' });
}

function placeFor(lemmas: Iterable<string>, known: KnownIndex): string | undefined {
  for (const lemma of lemmas) {
    const place = placeAdjectives.get(lemma);
    if (place) return known.byName(place)?.name ?? place;
  }
  return undefined;
}

function adjectiveParts(
  t: TaggedToken,
  morph: MorphAnalyzer,
): { start: number; end: number; lemmas: Iterable<string> }[] {
  if (!t.text.includes('-')) return [{ start: t.start, end: t.end, lemmas: t.features.lemmas }];
  const parts: { start: number; end: number; lemmas: Iterable<string> }[] = [];
  let offset = 0;
  const pieces = t.text.split('-');
  pieces.forEach((piece, k) => {
    const start = t.start + offset;
    offset += piece.length + 1;
    if (!piece) return;
    const lower = foldWord(piece);
    // "казахстанско-" is the combining form of "казахстанский".
    const lemmas =
      k < pieces.length - 1 && lower.endsWith('о')
        ? [`${lower.slice(0, -1)}ий`]
        : wordFeatures(piece, morph).lemmas;
    parts.push({ start, end: start + piece.length, lemmas });
  });
  return parts;
}
