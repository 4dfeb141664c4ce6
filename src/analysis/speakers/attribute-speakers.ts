import type { MorphAnalyzer } from '../morphology/morph-analyzer.ts';
import { anonymousLemmas, speechVerbLemmas } from '../quotes/speech-lexicon.ts';
import { createWordFacts, hasLemma, isPersonNameWord } from '../quotes/word-facts.ts';
import { type Token, tokenize } from '../text/tokenize.ts';
import type { Entity, EntityType, Mention, MentionKind, Quote, Span } from '../types.ts';
import { entityId } from './entity-id.ts';
import { nominativeName } from './nominative-name.ts';

/** Quotes with their speakers resolved, and the entities with any speaker mentions added. */
export interface AttributedSpeakers {
  quotes: Quote[];
  entities: Entity[];
}

interface Draft {
  id: string | null;
  name: string;
  type: EntityType;
  mentions: Mention[];
}

const pronoun = /^(он|она|оно|они|его|её|ее|их)$/i;
const feminine = /^(она|её|ее)$/i;
const plural = /^(они|их)$/i;

/**
 * Resolves each quote's `speakerMention` to an entity:
 * - an entity with a mention overlapping it (a description must overlap at its head);
 * - a pronoun: the nearest preceding person of the same gender (or the last speaker);
 * - a description ("казахстанский лидер"): the last speaker, or the nearest person named
 *   before; anonymous ones ("источник") stay null;
 * - a name no entity covers: a person entity, merged with one sharing the surname, with
 *   the fullest form of the name the text uses ("Токаев" → "Касым-Жомарт Токаев").
 * A quote without a mention continues the previous speaker. Returns new data; the
 * speaker mentions are added to their entities.
 */
export function attributeSpeakers(
  text: string,
  quotes: readonly Quote[],
  entities: readonly Entity[],
  morph: MorphAnalyzer,
): AttributedSpeakers {
  const facts = createWordFacts(morph);
  const names = nameIndex(text);
  const drafts: Draft[] = entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    mentions: [...e.mentions].sort((a, b) => a.start - b.start || a.end - b.end),
  }));
  const personNames = namedPeople(drafts);
  const speakers: (Draft | null)[] = [];
  let last: Draft | null = null;
  for (const quote of quotes) {
    const mention = quote.speakerMention;
    let speaker: Draft | null;
    if (!mention) {
      speaker = quote.kind === 'nested' ? null : last;
    } else {
      const words = text.slice(mention.start, mention.end);
      const kind = mentionKind(words, mention, text, facts);
      speaker =
        overlapping(drafts, mention, kind) ??
        (kind === 'pronoun'
          ? antecedent(drafts, mention, words, morph, last)
          : kind === 'description'
            ? described(drafts, text, mention, last, facts, personNames)
            : named(drafts, text, mention, words, morph, facts, names));
      if (speaker) addMention(speaker, mention, kind);
    }
    speakers.push(speaker);
    if (speaker && quote.kind !== 'nested') last = speaker;
  }
  const finished = finish(drafts);
  return {
    quotes: quotes.map((quote, i) => ({ ...quote, speaker: finished.get(speakers[i] as Draft) ?? null })),
    entities: drafts.map((d) => ({
      id: finished.get(d) as string,
      name: d.name,
      type: d.type,
      mentions: d.mentions,
    })),
  };
}

function mentionKind(
  words: string,
  mention: Span,
  text: string,
  facts: ReturnType<typeof createWordFacts>,
): MentionKind {
  if (pronoun.test(words)) return 'pronoun';
  if (/[«"“„]$/.test(text.slice(Math.max(0, mention.start - 1), mention.start))) return 'name';
  const tokens = tokenize(words).filter((t) => t.kind === 'word');
  return tokens.some((t) => isPersonNameWord(t, facts(t.text))) ? 'name' : 'description';
}

function overlapping(drafts: readonly Draft[], mention: Span, kind: MentionKind): Draft | null {
  let best: Draft | null = null;
  let bestOverlap = 0;
  for (const draft of drafts) {
    for (const m of mentionsNear(draft, mention)) {
      const overlap = Math.min(m.end, mention.end) - Math.max(m.start, mention.start);
      if (overlap <= 0) continue;
      // "представитель Philips" overlaps Philips, but it is not Philips that spoke.
      if (kind === 'description' && !(m.start <= mention.start && mention.start < m.end)) continue;
      const score = overlap + (draft.type === 'PER' ? 0.5 : 0);
      if (score > bestOverlap) {
        best = draft;
        bestOverlap = score;
      }
    }
  }
  return best;
}

// Mentions are short: looking this many back from a position finds every one that overlaps it.
const lookBack = 8;

/** The draft's mentions that start before `span` ends, nearest first (a few). */
function mentionsNear(draft: Draft, span: Span): Mention[] {
  const out: Mention[] = [];
  for (let i = firstStartingAtOrAfter(draft.mentions, span.end) - 1; i >= 0 && out.length < lookBack; i--) {
    out.push(draft.mentions[i] as Mention);
  }
  return out;
}

function firstStartingAtOrAfter(mentions: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as Mention).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function antecedent(
  drafts: readonly Draft[],
  mention: Span,
  words: string,
  morph: MorphAnalyzer,
  last: Draft | null,
): Draft | null {
  const wanted = plural.test(words) ? null : feminine.test(words) ? 'femn' : 'masc';
  const fits = (draft: Draft) =>
    wanted
      ? draft.type === 'PER' && genderOf(draft.name, morph) !== (wanted === 'femn' ? 'masc' : 'femn')
      : draft.type !== 'LOC';
  let best: Draft | null = null;
  let bestEnd = -1;
  for (const draft of drafts) {
    if (!fits(draft)) continue;
    const end = lastMentionEnd(draft, mention.start);
    if (end > bestEnd) {
      best = draft;
      bestEnd = end;
    }
  }
  if (last && fits(last) && lastMentionEnd(last, mention.start) >= bestEnd) return last;
  return best ?? (last && fits(last) ? last : null);
}

function described(
  drafts: readonly Draft[],
  text: string,
  mention: Span,
  last: Draft | null,
  facts: ReturnType<typeof createWordFacts>,
  personNames: readonly NamedPerson[],
): Draft | null {
  const head = tokenize(text, mention.start, mention.end).filter((t) => t.kind === 'word');
  if (head.some((t) => hasLemma(facts(t.text), anonymousLemmas))) return null;
  if (!last) {
    let best: Draft | null = null;
    let bestEnd = -1;
    for (const draft of drafts) {
      if (draft.type !== 'PER') continue;
      const end = lastMentionEnd(draft, mention.start);
      if (end > bestEnd) {
        best = draft;
        bestEnd = end;
      }
    }
    return best;
  }
  // "Вице-премьер Виталий Савельев сообщил … «…», — заверил чиновник": a person named as the
  // subject of a speech verb in the quote's own paragraph, after the last speaker was, is the
  // one described ("На вопрос, готов ли Путин …, представитель Кремля ответил" is not Путин).
  const nearest = lastNamedBefore(personNames, mention.start);
  const newcomer =
    nearest &&
    nearest.draft !== last &&
    nearest.mention.end > lastMentionEnd(last, mention.start) &&
    !text.slice(nearest.mention.end, mention.start).includes('\n') &&
    inNominative(text, nearest.mention, facts) &&
    speaksNext(text, nearest.mention.end, facts);
  return newcomer && nearest ? nearest.draft : last;
}

/** A person's name mention, with its person. */
interface NamedPerson {
  draft: Draft;
  mention: Mention;
}

/** The people's name mentions, by where they end: searched per description, not scanned. */
function namedPeople(drafts: readonly Draft[]): NamedPerson[] {
  return drafts
    .filter((d) => d.type === 'PER')
    .flatMap((draft) =>
      draft.mentions.filter((m) => m.kind === 'name').map((mention) => ({ draft, mention })),
    )
    .sort((a, b) => a.mention.end - b.mention.end);
}

/** The name mention that ends last at or before `at`. */
function lastNamedBefore(people: readonly NamedPerson[], at: number): NamedPerson | undefined {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((people[mid] as NamedPerson).mention.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return people[lo - 1];
}

/** One of the next three words is a speech verb ("Савельев сообщил", "Савельев также заявил"). */
function speaksNext(text: string, from: number, facts: ReturnType<typeof createWordFacts>): boolean {
  const words = tokenize(text, from, Math.min(text.length, from + 60)).filter((t) => t.kind === 'word');
  return words.slice(0, 3).some((t) => {
    const f = facts(t.text);
    return f.pos === 'VERB' && hasLemma(f, speechVerbLemmas);
  });
}

/** The last word of a mention can be read in the nominative: it may be a clause's subject. */
function inNominative(text: string, mention: Span, facts: ReturnType<typeof createWordFacts>): boolean {
  const words = tokenize(text, mention.start, mention.end).filter((t) => t.kind === 'word');
  const lastWord = words[words.length - 1];
  return lastWord !== undefined && facts(lastWord.text).nominative;
}

function named(
  drafts: Draft[],
  text: string,
  mention: Span,
  words: string,
  morph: MorphAnalyzer,
  facts: ReturnType<typeof createWordFacts>,
  names: () => NameIndex,
): Draft {
  const inQuotes = /[«"“„]$/.test(text.slice(Math.max(0, mention.start - 1), mention.start));
  const type: EntityType = inQuotes ? 'ORG' : 'PER';
  const genitive = /по\s+(словам|мнению|данным|оценке|утверждению|сообщению)\s+$/i.test(
    text.slice(Math.max(0, mention.start - 30), mention.start),
  );
  const name = type === 'PER' ? nominativeName(words, morph, genitive ? 'gent' : undefined) : words;
  const surname = lastWord(name);
  const single = !name.includes(' ');
  // "Белов" is the "Александр Белов" named before; "Виктор Бут" is not "Алла Бут".
  // Of several people sharing a surname, the one named last before.
  let same: Draft | undefined;
  let sameEnd = -2;
  for (const d of drafts) {
    const fits =
      d.type === type &&
      (d.name === name ||
        (type === 'PER' && lastWord(d.name) === surname && (single || !d.name.includes(' '))));
    const end = fits ? lastMentionEnd(d, mention.start) : -2;
    if (fits && end > sameEnd) {
      same = d;
      sameEnd = end;
    }
  }
  if (same) {
    if (name.split(' ').length > same.name.split(' ').length && same.id === null) same.name = name;
    return same;
  }
  const draft: Draft = { id: null, name, type, mentions: [] };
  if (type === 'PER') {
    const fuller = fullerName(text, names(), surname, morph, facts);
    if (fuller && fuller.name.split(' ').length > name.split(' ').length) {
      draft.name = fuller.name;
      draft.mentions.push({ start: fuller.start, end: fuller.end, kind: 'name' });
    }
  }
  drafts.push(draft);
  return draft;
}

interface NameIndex {
  tokens: Token[];
  /** Token indices by the first three letters of the word, lower-case. */
  byPrefix: Map<string, number[]>;
}

/** Tokenises the text once, on first use, for `fullerName`. */
function nameIndex(text: string): () => NameIndex {
  let index: NameIndex | null = null;
  return () => {
    if (!index) {
      const tokens = tokenize(text);
      const byPrefix = new Map<string, number[]>();
      tokens.forEach((token, i) => {
        if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.text)) return;
        const key = token.text.slice(0, 3).toLowerCase();
        const list = byPrefix.get(key);
        if (list) list.push(i);
        else byPrefix.set(key, [i]);
      });
      index = { tokens, byPrefix };
    }
    return index;
  };
}

/** The first place the text names the person in full: a name word right before the surname. */
function fullerName(
  text: string,
  index: NameIndex,
  surname: string,
  morph: MorphAnalyzer,
  facts: ReturnType<typeof createWordFacts>,
): (Span & { name: string }) | null {
  const stem = surname.toLowerCase().slice(0, Math.max(3, surname.length - 1));
  const candidates = index.byPrefix.get(stem.slice(0, 3)) ?? [];
  for (const i of candidates.slice(0, 200)) {
    const token = index.tokens[i];
    const previous = index.tokens[i - 1];
    if (!token || !previous || previous.kind !== 'word') continue;
    if (!token.text.toLowerCase().startsWith(stem) || token.text.length > surname.length + 3) continue;
    if (!/^[ \u00a0]+$/.test(text.slice(previous.end, token.start))) continue;
    if (!isPersonNameWord(previous, facts(previous.text))) continue;
    const name = nominativeName(`${previous.text} ${token.text}`, morph);
    if (lastWord(name) !== surname) continue;
    return { start: previous.start, end: token.end, name };
  }
  return null;
}

function addMention(draft: Draft, mention: Span, kind: MentionKind): void {
  if (mentionsNear(draft, mention).some((m) => m.start < mention.end && mention.start < m.end)) return;
  const at = firstStartingAtOrAfter(draft.mentions, mention.start);
  draft.mentions.splice(at, 0, { start: mention.start, end: mention.end, kind });
}

/** The end of the draft's last mention that ends by `before`, or -1. */
function lastMentionEnd(draft: Draft, before: number): number {
  let end = -1;
  for (const m of mentionsNear(draft, { start: before, end: before }))
    if (m.end <= before && m.end > end) end = m.end;
  return end;
}

function genderOf(name: string, morph: MorphAnalyzer): 'masc' | 'femn' | null {
  for (const word of name.split(/\s+/)) {
    let parses: readonly { grammemes: readonly string[] }[] = [];
    try {
      parses = morph.parse(word);
    } catch {
      parses = [];
    }
    const named = parses.filter((p) => p.grammemes.includes('Name'));
    if (named.length > 0 && named.every((p) => p.grammemes.includes('femn'))) return 'femn';
    if (named.length > 0 && named.every((p) => p.grammemes.includes('masc'))) return 'masc';
  }
  return null;
}

function lastWord(name: string): string {
  return name.split(/\s+/).at(-1) ?? name;
}

/** Gives every new entity an id from its type and name, unique among all entities. */
function finish(drafts: readonly Draft[]): Map<Draft, string> {
  const ids = new Map<Draft, string>();
  const used = new Set(drafts.flatMap((d) => (d.id ? [d.id] : [])));
  for (const draft of drafts) {
    if (draft.id) {
      ids.set(draft, draft.id);
      continue;
    }
    const base = entityId(draft.type, draft.name);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(draft, id);
  }
  return ids;
}
