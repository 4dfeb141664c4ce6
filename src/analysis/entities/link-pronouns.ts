import type { TaggedToken } from '../morphology/tag-tokens.ts';
import type { DraftEntity } from './group-mentions.ts';
import { allMentions } from './mention-map.ts';
import type { TaggedBlock } from './recognize-names.ts';

/** How far back (in UTF-16 units) a pronoun looks for the person it stands for. */
const reach = 600;
const subject: Record<string, 'masc' | 'femn'> = { он: 'masc', она: 'femn' };
const possessive: Record<string, 'masc' | 'femn'> = { его: 'masc', ее: 'femn' };
const speechNouns = new Set([
  'слово',
  'мнение',
  'данные',
  'информация',
  'оценка',
  'утверждение',
  'признание',
]);

/**
 * Links personal pronouns to people: a subject "он"/"она", or "его"/"её" in
 * "по его словам", stands for the most recent person mentioned shortly before it whose
 * gender fits (a person of unknown gender fits "он" only). A pronoun with no such person
 * (e.g. "Она" for "повестка") stays unlinked. Mutates the drafts' mentions.
 */
export function linkPronouns(blocks: readonly TaggedBlock[], drafts: DraftEntity[]): void {
  const sorted = allMentions(drafts).filter((m) => m.entity.type === 'PER');
  const found: { entity: DraftEntity; start: number; end: number }[] = [];
  let cursor = 0;
  let recent: { entity: DraftEntity; end: number }[] = [];
  for (const block of blocks) {
    block.tokens.forEach((t, i) => {
      while (cursor < sorted.length && (sorted[cursor]?.mention.end ?? Infinity) <= t.start) {
        const owned = sorted[cursor];
        if (owned) recent.push({ entity: owned.entity, end: owned.mention.end });
        cursor++;
      }
      const gender = pronounGender(block.tokens, i, t);
      if (!gender) return;
      recent = recent.filter((r) => t.start - r.end <= reach);
      for (let k = recent.length - 1; k >= 0; k--) {
        const r = recent[k];
        if (!r) continue;
        const g = r.entity.gender;
        if (g === gender || (g === undefined && gender === 'masc')) {
          found.push({ entity: r.entity, start: t.start, end: t.end });
          break;
        }
      }
    });
  }
  for (const f of found) f.entity.mentions.push({ start: f.start, end: f.end, kind: 'pronoun' });
}

function pronounGender(
  tokens: readonly TaggedToken[],
  i: number,
  t: TaggedToken,
): 'masc' | 'femn' | undefined {
  if (t.kind !== 'word') return undefined;
  const word = t.features.folded;
  const asSubject = subject[word];
  if (asSubject) return asSubject;
  const owner = possessive[word];
  if (owner && tokens[i - 1]?.features.folded === 'по') {
    const next = tokens[i + 1];
    if (next && [...next.features.lemmas].some((l) => speechNouns.has(l))) return owner;
  }
  return undefined;
}
