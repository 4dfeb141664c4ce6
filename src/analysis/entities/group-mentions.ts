import { foldWord } from '../morphology/tag-tokens.ts';
import type { EntityType, Mention } from '../types.ts';
import type { KnownIndex } from './known-index.ts';
import type { NameMention } from './recognize-names.ts';

/** A role a person is introduced with ("Президент РК" → президент of Казахстан). */
export interface Role {
  lemma: string;
  /** Canonical name of the place or organisation the role is of, when the text says. */
  of?: string;
}

/** An entity while its mentions are being collected. */
export interface DraftEntity {
  type: EntityType;
  name: string;
  mentions: Mention[];
  surname?: string;
  first?: string;
  gender?: 'masc' | 'femn';
  /** The canonical name came from a mention already in the nominative. */
  nominative?: boolean;
  /** Lemmas of head nouns its names are built on ("организация" for ШОС). */
  heads: Set<string>;
  roles: Role[];
}

const stopWords = new Set([
  'и',
  'по',
  'при',
  'в',
  'во',
  'на',
  'о',
  'об',
  'за',
  'of',
  'and',
  'the',
  'for',
  'de',
]);

/** The family a type belongs to for grouping: an outlet is an organisation. */
function family(type: EntityType): string {
  return type === 'MEDIA' ? 'ORG' : type;
}

/**
 * Groups name mentions into entities: inflected forms share a canonical name, aliases
 * share a curated entity ("РК" and "Казахстан"), a surname joins the full name
 * ("Токаев" and "Касым-Жомарт Токаев"), a lone first name joins the one person with it,
 * and an abbreviation joins the name whose initials it spells.
 */
export function groupMentions(names: readonly NameMention[], known: KnownIndex): DraftEntity[] {
  const drafts: DraftEntity[] = [];
  const byKey = new Map<string, DraftEntity>();
  const bySurname = new Map<string, DraftEntity>();
  for (const m of names) {
    const mention: Mention = { start: m.start, end: m.end, kind: m.kind };
    if (m.type === 'PER') {
      const draft = m.surname ? bySurname.get(m.surname) : undefined;
      if (draft) {
        draft.mentions.push(mention);
        const longer = wordCount(m.name) > wordCount(draft.name);
        const sameButNominative =
          wordCount(m.name) === wordCount(draft.name) && m.nominative && !draft.nominative;
        if (longer || sameButNominative) {
          draft.name = m.name;
          draft.nominative = m.nominative === true;
        }
        if (m.first && !draft.first) draft.first = m.first;
        if (m.gender && !draft.gender) draft.gender = m.gender;
        continue;
      }
      const created: DraftEntity = {
        type: 'PER',
        name: m.name,
        mentions: [mention],
        heads: new Set(),
        roles: [],
        ...(m.surname ? { surname: m.surname } : {}),
        ...(m.first ? { first: m.first } : {}),
        ...(m.gender ? { gender: m.gender } : {}),
        nominative: m.nominative === true,
      };
      drafts.push(created);
      if (m.surname) bySurname.set(m.surname, created);
      continue;
    }
    const entry = known.byName(m.name);
    const type = entry ? entry.type : m.type;
    const name = entry ? entry.name : m.name;
    const key = `${family(type)}:${foldWord(name)}`;
    const draft = byKey.get(key);
    if (draft) {
      draft.mentions.push(mention);
      if (type === 'MEDIA') draft.type = 'MEDIA';
      if (m.head) draft.heads.add(m.head);
      continue;
    }
    const created: DraftEntity = { type, name, mentions: [mention], heads: new Set(), roles: [] };
    if (m.head) created.heads.add(m.head);
    if (entry) for (const h of known.heads(entry)) created.heads.add(h);
    drafts.push(created);
    byKey.set(key, created);
  }
  return mergeAcronyms(mergeFirstNames(drafts));
}

function wordCount(name: string): number {
  return name.split(' ').length;
}

/** A person named only by a first name joins the one person with that first name. */
function mergeFirstNames(drafts: DraftEntity[]): DraftEntity[] {
  const lone = drafts.filter((d) => d.type === 'PER' && !d.surname && d.first);
  for (const d of lone) {
    const targets = drafts.filter((t) => t !== d && t.type === 'PER' && t.surname && t.first === d.first);
    const target = targets[0];
    if (targets.length !== 1 || !target) continue;
    for (const m of d.mentions) target.mentions.push(m);
    d.mentions = [];
  }
  return drafts.filter((d) => d.mentions.length > 0);
}

/** An abbreviation joins the multi-word organisation whose initials it spells ("КЗЖ"). */
function mergeAcronyms(drafts: DraftEntity[]): DraftEntity[] {
  const abbrevs = new Map<string, DraftEntity>();
  for (const d of drafts) {
    if (family(d.type) === 'ORG' && /^\p{Lu}{2,8}$/u.test(d.name)) abbrevs.set(d.name, d);
  }
  if (abbrevs.size === 0) return drafts;
  for (const d of drafts) {
    if (family(d.type) !== 'ORG' || !d.name.includes(' ')) continue;
    const initials = d.name
      .split(/[\s-]+/)
      .filter((w) => w && !stopWords.has(w.toLowerCase()))
      .map((w) => w[0]?.toUpperCase() ?? '')
      .join('');
    const target = abbrevs.get(initials);
    if (!target || target === d) continue;
    for (const m of d.mentions) target.mentions.push(m);
    for (const h of d.heads) target.heads.add(h);
    d.mentions = [];
  }
  return drafts.filter((d) => d.mentions.length > 0);
}
