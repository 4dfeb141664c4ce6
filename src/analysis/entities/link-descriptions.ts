import type { TaggedToken } from '../morphology/tag-tokens.ts';
import type { Span } from '../types.ts';
import { genericRoles, roleNouns, sameRole } from './data/lexicon.ts';
import { placeAdjectives } from './data/place-adjectives.ts';
import type { DraftEntity, Role } from './group-mentions.ts';
import type { KnownIndex } from './known-index.ts';
import { allMentions, mapMentions, type OwnedMention } from './mention-map.ts';
import type { TaggedBlock } from './recognize-names.ts';

interface Description extends Span {
  role: Role;
}

/** How far (UTF-16 units) a description looks for the person it refers to: about a long article. */
const reach = 20_000;
const complementPrepositions = new Set(['в', 'во', 'при', 'по']);

/**
 * Links descriptions to people. A role noun right before a person's name is an
 * apposition ("Президент РК Касым-Жомарт Токаев", "Президента России Владимира Путина"):
 * it becomes a description mention of that person and records the role. A role noun
 * elsewhere ("президент", "казахстанский лидер", "Президент РК") then refers to the
 * person introduced with a compatible role: the same role, or a generic one such as
 * "лидер", of the same place or organisation when it names one; the most recent such
 * person before it, else the first after it. Mutates the drafts' mentions and roles.
 */
export function linkDescriptions(
  blocks: readonly TaggedBlock[],
  drafts: DraftEntity[],
  known: KnownIndex,
): void {
  const sorted = allMentions(drafts);
  const pending: Description[] = [];
  for (const block of blocks) {
    const tokens = block.tokens;
    const map = mapMentions(tokens, sorted);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t || map.covered(i) || !isRole(t)) continue;
      let from = i;
      let of: string | undefined;
      // Adjectives before the role: "казахстанский лидер", "бывший президент".
      while (from > 0 && from > i - 2) {
        const prev = tokens[from - 1];
        if (
          !prev ||
          map.covered(from - 1) ||
          !isAdjectiveOnly(prev) ||
          prev.end + 1 < (tokens[from]?.start ?? 0)
        )
          break;
        from--;
        of ??= placeOfAdjective(prev, known);
      }
      // The role's complement: "РК", "России", "иностранных дел Грузии", "Италии в Грузии".
      let j = i + 1;
      let target: DraftEntity | undefined;
      while (j < tokens.length && j < i + 9) {
        const n = tokens[j];
        if (n?.kind !== 'word' || n.start > (tokens[j - 1]?.end ?? 0) + 1) break;
        const owned = map.startingAt(j);
        if (owned) {
          if (owned.entity.type === 'PER') {
            if (owned.mention.kind === 'name') target = owned.entity;
            break;
          }
          of ??= owned.entity.name;
          while (j < tokens.length && (tokens[j]?.start ?? 0) < owned.mention.end) j++;
          continue;
        }
        if (n.capitalized && !n.sentenceStart) break;
        const gent = n.features.parses.some((p) => p.grammemes.includes('gent'));
        if (complementPrepositions.has(n.features.folded) && map.startingAt(j + 1)) {
          j++;
          continue;
        }
        // A role in the genitive belongs to the complement: "пресс-секретарь президента России".
        if (!gent) break;
        j++;
      }
      // Drop complement words after the last name (a trailing genitive is not part of a description).
      const end = target ? (tokens[j - 1]?.end ?? t.end) : lastNameOrRoleEnd(tokens, i, j, map);
      const role: Role = { lemma: roleLemma(t), ...(of ? { of } : {}) };
      if (target) {
        target.mentions.push({ start: tokens[from]?.start ?? t.start, end, kind: 'description' });
        // Each distinct role once: a person named with the same title a thousand times must not
        // make every later look-up scan a thousand roles (that made a 5 MB text quadratic).
        if (!target.roles.some((r) => r.lemma === role.lemma && r.of === role.of)) target.roles.push(role);
      } else {
        pending.push({ start: tokens[from]?.start ?? t.start, end, role });
      }
      i = j - 1;
    }
  }
  if (pending.length === 0) return;
  const introduced = allMentions(drafts.filter((d) => d.type === 'PER' && d.roles.length > 0));
  for (const d of pending) {
    const person = resolve(d, introduced);
    if (person) person.mentions.push({ start: d.start, end: d.end, kind: 'description' });
  }
}

/** A role noun in the singular: "министров" names several people, never the one a name introduced. */
function isRole(t: TaggedToken): boolean {
  if (t.kind !== 'word' || t.upper) return false;
  return t.features.parses.some(
    (p) =>
      p.grammemes.includes('NOUN') &&
      !p.grammemes.includes('plur') &&
      roleNouns.has(p.lemma.replaceAll('ё', 'е')),
  );
}

function roleLemma(t: TaggedToken): string {
  const p = t.features.parses.find(
    (r) => r.grammemes.includes('NOUN') && roleNouns.has(r.lemma.replaceAll('ё', 'е')),
  );
  const lemma = p ? p.lemma.replaceAll('ё', 'е') : t.features.folded;
  return sameRole.get(lemma) ?? lemma;
}

function isAdjectiveOnly(t: TaggedToken): boolean {
  const top = t.features.parses[0];
  return t.kind === 'word' && !!top && top.grammemes.includes('ADJF') && !t.upper;
}

/** The place an adjective stands for ("казахстанский" → "Казахстан"), by its lemma. */
export function placeOfAdjective(t: TaggedToken, known: KnownIndex): string | undefined {
  for (const lemma of t.features.lemmas) {
    const place = placeAdjectives.get(lemma);
    if (place) return known.byName(place)?.name ?? place;
  }
  return undefined;
}

/** Where a description without a following name ends: after the role, or after a name in its complement. */
function lastNameOrRoleEnd(
  tokens: readonly TaggedToken[],
  role: number,
  stop: number,
  map: ReturnType<typeof mapMentions>,
): number {
  let end = tokens[role]?.end ?? 0;
  for (let k = role + 1; k < stop; k++) {
    const owned = map.startingAt(k);
    if (owned) end = Math.max(end, owned.mention.end);
  }
  return end;
}

function compatible(role: Role, known: Role): boolean {
  const sameRole = role.lemma === known.lemma || genericRoles.has(role.lemma);
  return sameRole && (role.of === undefined || role.of === known.of);
}

/** The person a description refers to: the nearest compatible one before it, else the first after it. */
function resolve(d: Description, introduced: readonly OwnedMention[]): DraftEntity | undefined {
  let lo = 0;
  let hi = introduced.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((introduced[mid]?.mention.end ?? 0) <= d.start) lo = mid + 1;
    else hi = mid;
  }
  // Mentions are sorted by start; walk outwards from the description until a compatible person
  // appears, no further than `reach`, so a text of many articles stays linear.
  for (let k = lo - 1; k >= 0; k--) {
    const owned = introduced[k];
    if (!owned || owned.mention.start < d.start - reach) break;
    if (owned.mention.end <= d.start && owned.entity.roles.some((r) => compatible(d.role, r)))
      return owned.entity;
  }
  // Looking ahead ("Президент РК" in a title, the name in the lead) takes the same role only:
  // a generic "глава" fits anyone, and the next person named is no better than a guess.
  if (genericRoles.has(d.role.lemma)) return undefined;
  for (let k = lo; k < introduced.length; k++) {
    const owned = introduced[k];
    if (!owned || owned.mention.start > d.end + reach) break;
    if (owned.mention.start >= d.end && owned.entity.roles.some((r) => compatible(d.role, r)))
      return owned.entity;
  }
  return undefined;
}
