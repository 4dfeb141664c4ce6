import { orgHeads } from './data/lexicon.ts';
import type { DraftEntity } from './group-mentions.ts';
import { allMentions, mapMentions, type OwnedMention } from './mention-map.ts';
import type { TaggedBlock } from './recognize-names.ts';

/**
 * Links a capitalised head noun standing alone for an organisation the text names in
 * full or by a known abbreviation: "в Организации" → ШОС (Шанхайская организация
 * сотрудничества). The most recent such organisation wins; a head at a sentence start,
 * where capitals say nothing, is skipped. Mutates the drafts' mentions.
 */
export function linkOrgHeads(blocks: readonly TaggedBlock[], drafts: DraftEntity[]): void {
  const orgs = drafts.filter((d) => (d.type === 'ORG' || d.type === 'MEDIA') && d.heads.size > 0);
  if (orgs.length === 0) return;
  const sorted = allMentions(drafts);
  const orgMentions = allMentions(orgs);
  const found: { entity: DraftEntity; start: number; end: number }[] = [];
  for (const block of blocks) {
    const map = mapMentions(block.tokens, sorted);
    block.tokens.forEach((t, i) => {
      if (t.kind !== 'word' || !t.capitalized || t.upper || t.sentenceStart || map.covered(i)) return;
      const heads = [...t.features.lemmas].filter((l) => orgHeads.has(l));
      if (heads.length === 0) return;
      const best = latestBefore(orgMentions, t.start, (org) => heads.some((h) => org.heads.has(h)));
      if (best) found.push({ entity: best, start: t.start, end: t.end });
    });
  }
  for (const f of found) f.entity.mentions.push({ start: f.start, end: f.end, kind: 'description' });
}

/** The entity of the latest mention ending before `at` that passes `fits` (mentions sorted by start). */
function latestBefore(
  sorted: readonly OwnedMention[],
  at: number,
  fits: (entity: DraftEntity) => boolean,
): DraftEntity | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.mention.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  // Look back about a long article's length, so a text of many articles stays linear.
  for (let k = lo - 1; k >= 0; k--) {
    const owned = sorted[k];
    if (!owned || owned.mention.start < at - 20_000) break;
    if (owned.mention.end <= at && fits(owned.entity)) return owned.entity;
  }
  return undefined;
}
