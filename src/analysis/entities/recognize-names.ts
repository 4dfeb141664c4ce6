import type { MorphAnalyzer, Parse } from '../morphology/morph-analyzer.ts';
import { foldWord, type TaggedToken, wordFeatures } from '../morphology/tag-tokens.ts';
import type { EntityType, Span } from '../types.ts';
import {
  cases,
  guessSurnameNominative,
  matchCase,
  personName,
  personReadings,
  phraseName,
  properNounName,
  safeInflect,
  sharedCase,
} from './canonical-name.ts';
import {
  geoDescriptors,
  geoHeads,
  mediaDescriptors,
  orgAbbrevHeads,
  orgDescriptors,
  orgHeads,
  roleNouns,
} from './data/lexicon.ts';
import { type KnownIndex, knownIndex } from './known-index.ts';

/** A block's tokens, tagged: the unit every entity rule works in. */
export interface TaggedBlock extends Span {
  tokens: readonly TaggedToken[];
}

/** A proper name found in the text, before mentions are grouped into entities. */
export interface NameMention extends Span {
  type: EntityType;
  kind: 'name' | 'abbrev';
  /** Canonical nominative name ("Владимир Путин", "Центр информационной безопасности ШОС"). */
  name: string;
  /** For a person: the folded surname (or lone first name) and first name, when known. */
  surname?: string;
  first?: string;
  /** A grammatical gender the person's name shows ('masc' | 'femn'). */
  gender?: 'masc' | 'femn';
  /** The words were already in the nominative, so `name` is how the text writes it. */
  nominative?: boolean;
  /** Lemma of the head noun, for organisation names built on one ("организация"). */
  head?: string;
  /** Index of the block it lies in. */
  block: number;
}

/** Marks that open a quoted name or title. */
export const quoteOpen: ReadonlySet<string> = new Set(['«', '"', '„', '“']);
const quoteClose: Record<string, string> = { '«': '»', '"': '"', '„': '“', '“': '”' };
const latinGlue = new Set([
  'of',
  'and',
  'the',
  'de',
  'della',
  'del',
  'der',
  'und',
  'du',
  'la',
  'le',
  'von',
  'van',
  '&',
]);
const notOrgAbbrev = new Set([
  'сми',
  'ввп',
  'ндс',
  'дтп',
  'чп',
  'ит',
  'it',
  'тв',
  'ок',
  'ok',
  'спид',
  'вич',
  'днк',
  'рнк',
  'пк',
  'пвх',
  'ии',
  'ai',
  'ceo',
  'pr',
  'vip',
  'ip',
  'id',
  'tv',
  'dvd',
  'cd',
  'pdf',
  'usb',
  'gps',
  'sms',
  'смс',
  'ооо',
  'оао',
  'зао',
  'пао',
  'гуп',
  'муп',
  'ано',
  'нко',
  'ип',
  'км',
  'кг',
  'млн',
  'млрд',
  'тыс',
  'руб',
  'долл',
  'ес?',
  'ул',
  'гг',
  'вв',
  'xx',
  'xxi',
  'нии',
  'вуз',
  'вузы',
  'жкх',
  'бтр',
  'ссср?',
  'ufo',
  'нло',
  'ufc?',
  'ru',
  'com',
  'www',
  'http',
  'https',
  'html',
  'url',
  'ок',
  'им',
  'мм',
  'см',
  'кв',
  'га',
  'мвт',
  'квт',
]);
const roman = /^[IVXLCDM]+$/;
/** Latin words that name products and technologies, not organisations. */
const notEntities = new Set([
  'windows',
  'linux',
  'android',
  'ios',
  'chrome',
  'firefox',
  'html',
  'html5',
  'java',
  'javascript',
  'iphone',
  'ipad',
  'wi-fi',
  'wifi',
  'internet',
  'web',
  'online',
  'email',
  'e-mail',
  'bluetooth',
  'mp3',
  'skype',
]);
const domainLike = /^[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:[a-z]{2,6}|рф)$/;

/**
 * Finds proper names in tagged blocks: curated names, outlets (domains, quoted titles
 * after "газета", "в интервью"), people (first name, patronymic, surname, initials),
 * organisations (abbreviations, head-noun phrases, Latin names) and places. Each name
 * gets its type and canonical nominative form. Later passes never take tokens an
 * earlier pass took, except places nested in an organisation's name.
 */
export function recognizeNames(blocks: readonly TaggedBlock[], morph: MorphAnalyzer): NameMention[] {
  const known = knownIndex(morph);
  const mentions: NameMention[] = [];
  blocks.forEach((block, b) => {
    for (const m of recognizeInBlock(block.tokens, b, morph, known)) mentions.push(m);
  });
  return promoteKnownSurnames(blocks, mentions).sort((x, y) => x.start - y.start || y.end - x.end);
}

function recognizeInBlock(
  tokens: readonly TaggedToken[],
  block: number,
  morph: MorphAnalyzer,
  known: KnownIndex,
): NameMention[] {
  const taken = new Uint8Array(tokens.length);
  // A text repeats its names: describe each written form once.
  const people = new Map<string, PersonFacts>();
  const found: NameMention[] = [];
  // 1 marks a token taken by a curated name (an organisation's name may contain it), 2 any other.
  let mark = 1;
  const take = (from: number, to: number, mention: Omit<NameMention, 'start' | 'end' | 'block'>) => {
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) return;
    for (let k = from; k < to; k++) taken[k] = taken[k] || mark;
    found.push({ ...mention, start: first.start, end: last.end, block });
  };
  const free = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (taken[k] || !tokens[k]) return false;
    return true;
  };

  // 1. Quoted titles and names after a descriptor: газета «Труд», партии «Яблоко», в интервью "Известиям".
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    if (!open || !quoteOpen.has(open.text)) continue;
    const close = quoteClose[open.text] ?? open.text;
    let j = i + 1;
    while (
      j < tokens.length &&
      j <= i + 7 &&
      tokens[j]?.text !== close &&
      !quoteOpen.has(tokens[j]?.text ?? '')
    )
      j++;
    const inner = tokens[i + 1];
    if (tokens[j]?.text !== close || j === i + 1 || !inner?.capitalized || !free(i + 1, j)) continue;
    const type = descriptorType(tokens, i);
    if (!type) continue;
    take(i + 1, j, { type, kind: 'name', name: titleName(tokens.slice(i + 1, j), morph) });
    // "РИА «Новости»": the abbreviation before the quotes is part of the title, not a name of its own.
    if (tokens[i - 1]?.upper) taken[i - 1] = 2;
    i = j;
  }

  // 2. Curated names, longest first at each position.
  for (let i = 0; i < tokens.length; i++) {
    const m = known.matchAt(tokens, i);
    if (!m || !free(i, i + m.length)) continue;
    const first = tokens[i];
    if (m.length === 1 && first && !first.upper && !first.capitalized) continue;
    take(i, i + m.length, { type: m.entity.type, kind: m.kind, name: m.entity.name });
    i += m.length - 1;
  }

  mark = 2;

  // 3. Domains are outlets ("Zakon.kz", "NEWSru.com").
  tokens.forEach((t, i) => {
    if (!taken[i] && t.kind === 'word' && domainLike.test(t.text))
      take(i, i + 1, { type: 'MEDIA', kind: 'name', name: t.text });
  });

  // 4. Organisation names built on a head noun.
  for (let i = 0; i < tokens.length; i++) {
    const phrase = orgPhraseAt(tokens, i, taken);
    if (!phrase) continue;
    let name = phraseName(tokens.slice(phrase.from, phrase.to), phrase.head - phrase.from, morph);
    // A ministry's abbreviation is written in capitals whatever the text did ("в миде Грузии" → "МИД Грузии").
    if (orgAbbrevHeads.has(foldWord(name.split(' ')[0] ?? '')) && (name.split(' ')[0] ?? '').length <= 4) {
      name = name.replace(/^\S+/, (w) => w.toUpperCase());
    }
    const head = [...(tokens[phrase.head]?.features.lemmas ?? [])].find((l) => orgHeads.has(l)) ?? '';
    take(phrase.from, phrase.to, { type: 'ORG', kind: 'name', name, head });
    // The person in "имени …" is free again for the person rule: a mention inside the name.
    if (phrase.honoree !== undefined) taken.fill(0, phrase.honoree, phrase.to);
    // Places inside the name are mentions too ("Министерство иностранных дел России").
    for (let k = phrase.head + 1; k < phrase.to; k++) {
      const t = tokens[k];
      const m = known.matchAt(tokens, k);
      if (m && t && (t.capitalized || t.upper) && m.entity.type === 'LOC') {
        found.push({
          type: 'LOC',
          kind: m.kind,
          name: m.entity.name,
          start: t.start,
          end: tokens[k + m.length - 1]?.end ?? t.end,
          block,
        });
      } else if (t?.capitalized && !t.upper && t.features.geox) {
        found.push({
          type: 'LOC',
          kind: 'name',
          name: properNounName(t, isGeox),
          start: t.start,
          end: t.end,
          block,
        });
      }
    }
    i = phrase.to - 1;
  }

  // 4b. Places the context names: "реки Славянки", "города Хилтон Хэд", "в Тусоне", "в Южной Каролине".
  for (let i = 0; i < tokens.length; i++) {
    const place = contextPlaceAt(tokens, i, taken);
    if (!place) continue;
    take(place.from, place.to, {
      type: 'LOC',
      kind: 'name',
      name: placeName(tokens.slice(place.from, place.to), morph),
    });
    i = place.to - 1;
  }

  // 5. People: runs of capitalised words with a first name, patronymic or surname.
  for (let i = 0; i < tokens.length; i++) {
    const run = personRunAt(tokens, i, taken);
    if (!run) continue;
    const slice = tokens.slice(run.from, run.to);
    const key = slice.map((t) => t.text).join(' ');
    let person = people.get(key);
    if (!person) {
      person = describePerson(slice, morph);
      if (people.size < 50_000) people.set(key, person);
    }
    take(run.from, run.to, person);
    i = run.to - 1;
  }

  // 5b. People introduced by their role: "Председатель КНР Ху Цзиньтао", "Президент ФИФА Зепп Блаттер".
  for (let i = 0; i < tokens.length; i++) {
    const run = roleAppositionAt(tokens, i, taken);
    if (!run) continue;
    const slice = tokens.slice(run.from, run.to);
    take(run.from, run.to, describePerson(slice, morph));
    i = run.to - 1;
  }

  // 6. Places: capitalised words the dictionary knows as geographic, with a capitalised adjective before.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || taken[i] || !t.capitalized || t.upper || !isPlaceWord(t)) continue;
    const prev = tokens[i - 1];
    let from = i;
    if (prev && !taken[i - 1] && prev.capitalized && isAdjective(prev) && prev.end + 1 >= t.start)
      from = i - 1;
    take(from, i + 1, {
      type: 'LOC',
      kind: 'name',
      name: from === i ? properNounName(t, isGeox) : phraseName(tokens.slice(from, i + 1), 1, morph),
    });
  }
  // Capitalised adjective + geographic head ("Свердловской области").
  for (let i = 0; i + 1 < tokens.length; i++) {
    const adj = tokens[i];
    const head = tokens[i + 1];
    if (!adj || !head || taken[i] || taken[i + 1] || !adj.capitalized || adj.upper || !isAdjective(adj))
      continue;
    if (!hasLemma(head, geoHeads) || head.capitalized) continue;
    if (adj.sentenceStart && !adj.features.geox) continue;
    take(i, i + 2, { type: 'LOC', kind: 'name', name: phraseName([adj, head], 1, morph) });
  }

  // 7. Abbreviations and Latin names are organisations.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || taken[i] || t.kind !== 'word') continue;
    const institution = bareInstitution(t);
    if (institution) {
      take(i, i + 1, { type: 'ORG', kind: 'name', name: institution, head: institution.toLowerCase() });
      continue;
    }
    const inflected = inflectedAbbreviation.exec(t.text)?.[1];
    if (inflected && isOrgAbbrev(wordFeaturesOf(inflected, morph, t))) {
      take(i, i + 1, { type: 'ORG', kind: 'abbrev', name: inflected });
      continue;
    }
    const body = stateBody(t);
    if (body) {
      take(i, i + 1, { type: 'ORG', kind: 'name', name: body });
      continue;
    }
    // A place written in capitals, as datelines do ("МОСКВА, 5 декабря — РИА Новости").
    const place = t.upper && !t.latin ? capitalsPlace(t, morph) : null;
    if (place) {
      take(i, i + 1, { type: 'LOC', kind: 'name', name: place });
      continue;
    }
    if (t.upper && !t.latin && isOrgAbbrev(t)) {
      take(i, i + 1, { type: 'ORG', kind: 'abbrev', name: t.text });
      continue;
    }
    // A short letter-and-digit code before a Latin name is part of the brand: "S7 Airlines".
    const next = tokens[i + 1];
    const brandCode =
      /^[A-Z][A-Z0-9]{0,3}$/.test(t.text) && !!next?.latin && next.capitalized && next.start === t.end + 1;
    if (
      t.latin &&
      t.capitalized &&
      !roman.test(t.text) &&
      t.text.length > 1 &&
      (!/\d/.test(t.text) || brandCode)
    ) {
      let j = i + 1;
      while (j < tokens.length && j < i + 8 && !taken[j]) {
        const n = tokens[j];
        const glue =
          n && latinGlue.has(n.text.toLowerCase()) && tokens[j + 1]?.latin && tokens[j + 1]?.capitalized;
        if (!n || !(n.latin && (n.capitalized || glue)) || (tokens[j - 1]?.end ?? 0) + 1 < n.start) break;
        if (/\d/.test(n.text)) break;
        j++;
      }
      const text = tokens.slice(i, j);
      if (text.length === 1 && t.upper && notOrgAbbrev.has(t.features.folded)) continue;
      if (text.length === 1 && notEntities.has(t.features.folded)) continue;
      // A Latin spelling in brackets right after a name is that name: "Джошуа Вольфа (Joshua Wolf)".
      const before =
        tokens[i - 1]?.text === '(' ? found.find((f) => f.end === tokens[i - 2]?.end) : undefined;
      if (before && before.type !== 'ORG' && before.type !== 'MEDIA') {
        take(i, j, { ...before, kind: 'name' });
        i = j - 1;
        continue;
      }
      const type: EntityType = mediaBefore(tokens, i) ? 'MEDIA' : (before?.type ?? 'ORG');
      take(i, j, { type, kind: t.upper && j === i + 1 ? 'abbrev' : 'name', name: joinText(text) });
      i = j - 1;
    }
  }
  return found;
}

type PersonFacts = Omit<NameMention, 'start' | 'end' | 'block'>;

/** Name, surname key, first name, gender and case of a person's name, from its tokens. */
function describePerson(slice: readonly TaggedToken[], morph: MorphAnalyzer): PersonFacts {
  const words = slice.filter((t) => t.kind === 'word' && t.text.length > 1);
  const last = words[words.length - 1];
  const firstWord = words.length > 1 && words[0]?.features.name ? words[0] : undefined;
  const name = personName(slice, morph);
  const nameWords = name.split(' ');
  const lastIsName =
    words.length === 1 && last?.features.name && !last.features.surn && !last.features.surnameShape;
  const gender = personGender(slice);
  return {
    type: 'PER',
    kind: 'name',
    name,
    ...(lastIsName ? { first: foldWord(nameWords[0] ?? '') } : { surname: surnameKey(last, nameWords) }),
    ...(firstWord ? { first: foldWord(nameWords[0] ?? '') } : {}),
    ...(gender ? { gender } : {}),
    nominative: sharedCase(slice) === 'nomn',
  };
}

function isGeox(p: Parse): boolean {
  return p.grammemes.includes('Geox');
}

function isAdjective(t: TaggedToken): boolean {
  return t.features.parses.some((p) => p.grammemes.includes('ADJF'));
}

function hasLemma(t: TaggedToken | undefined, set: ReadonlySet<string>): boolean {
  if (t?.kind !== 'word') return false;
  for (const lemma of t.features.lemmas) if (set.has(lemma)) return true;
  return false;
}

function joinText(tokens: readonly TaggedToken[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    if (i > 0 && (tokens[i - 1]?.end ?? 0) < t.start) out += ' ';
    out += t.text;
  });
  return out;
}

/** A word that names a place: the dictionary's Geox reading wins over its other readings. */
function isPlaceWord(t: TaggedToken): boolean {
  const f = t.features;
  if (!f.geox) return false;
  const geoScore = Math.max(...f.parses.filter(isGeox).map((p) => p.score));
  const personScore = Math.max(
    0,
    ...f.parses
      .filter((p) => p.grammemes.includes('Name') || p.grammemes.includes('Surn'))
      .map((p) => p.score),
  );
  if (personScore > geoScore) return false;
  if (t.sentenceStart) return f.parses[0] !== undefined && isGeox(f.parses[0]);
  return true;
}

/** Institutions named by a capitalised head alone: "в Конгрессе", "Дума одобрила", "Сената". */
const institutions = new Set([
  'конгресс',
  'сенат',
  'дума',
  'госдума',
  'синод',
  'кнессет',
  'бундестаг',
  'бундесрат',
  'сейм',
  'меджлис',
  'мажилис',
  'хурал',
  'курултай',
  'верховная рада',
  'рада',
  'минфин',
  'госдеп',
  'госдепартамент',
  'пентагон',
  'кремль',
  'ватикан',
  'политбюро',
  'генштаб',
  'минобороны',
  'совфед',
  'еврокомиссия',
  'европарламент',
]);

function bareInstitution(t: TaggedToken): string | null {
  if (!t.capitalized || t.upper || t.sentenceStart) return null;
  const lemma = [...t.features.lemmas].find((l) => institutions.has(l));
  return lemma ? matchCase(lemma, t.text) : null;
}

/** An abbreviation with a case ending: "МИДа", "МИДе", "ООНу". */
const inflectedAbbreviation = /^(\p{Lu}{2,6})(?:а|у|ом|е|ы|ой|ов)$/u;

/** The place a word in capitals names when written as a name ("КИЕВ" → "Киев"), or null. */
function capitalsPlace(t: TaggedToken, morph: MorphAnalyzer): string | null {
  if (t.text.length < 4 || /[^\p{Lu}-]/u.test(t.text)) return null;
  const geox = wordFeatures(asPlaceName(t.text), morph).parses.find(
    (p) => p.grammemes.includes('Geox') && !p.grammemes.includes('Abbr') && !p.guessed,
  );
  return geox ? asPlaceName(geox.lemma) : null;
}

/** A place name's usual capitals: "РОСТОВ-НА-ДОНУ" → "Ростов-на-Дону", "нью-йорк" → "Нью-Йорк". */
function asPlaceName(word: string): string {
  return word
    .toLowerCase()
    .split('-')
    .map((part, k) => (k === 0 || part.length > 2 ? part.charAt(0).toUpperCase() + part.slice(1) : part))
    .join('-');
}

function wordFeaturesOf(stem: string, morph: MorphAnalyzer, like: TaggedToken): TaggedToken {
  return { ...like, text: stem, features: wordFeatures(stem, morph), upper: true };
}

/** Russian state bodies written as one compound word: "Росприроднадзора", "Минкомсвязи", "Мосгордумы". */
const stateBodyShape = /^(?:Рос|Мин|Гос|Мос|Глав)[а-яё]{4,}$/u;

function stateBody(t: TaggedToken): string | null {
  const f = t.features;
  if (!stateBodyShape.test(t.text) || f.geox || (f.common && !f.orgn) || f.name || f.surn) return null;
  const noun = f.parses.find((p) => p.grammemes.includes('NOUN') && p.grammemes.includes('sing'));
  return noun ? matchCase(noun.lemma, t.text) : t.text;
}

function isOrgAbbrev(t: TaggedToken): boolean {
  const f = t.features;
  // Model and mission codes ("ТМА-7", "STS-124", "ЗАЗ-1103") are not organisations.
  if (/\d/.test(t.text)) return false;
  if (notOrgAbbrev.has(f.folded) || roman.test(t.text)) return false;
  if (t.text.length > 8) return false;
  if (f.orgn) return true;
  // A dictionary abbreviation that is not an organisation ("ВВП", "ДТП") is a common noun.
  const dictionary = f.parses.filter((p) => !p.guessed);
  if (dictionary.length > 0 && f.parses.every((p) => !p.grammemes.includes('Orgn'))) {
    return !dictionary.some((p) => p.grammemes.includes('Abbr') || p.grammemes.includes('NPRO'));
  }
  return true;
}

/** The type of a quoted name from the word before it, or null when it is not a name. */
function descriptorType(tokens: readonly TaggedToken[], open: number): EntityType | null {
  for (let k = open - 1; k >= Math.max(0, open - 3); k--) {
    const t = tokens[k];
    if (t?.kind !== 'word') return null;
    if (hasLemma(t, mediaDescriptors) || hasLemma(t, new Set(['интервью']))) return 'MEDIA';
    if (hasLemma(t, orgDescriptors)) return 'ORG';
    if (t.upper && /^(?:РИА|ИА|ИТАР|ОАО|ЗАО|ООО|ПАО|ГУП|ФГУП|АО|НКО|ФК|ХК|ТК|ТРК)$/.test(t.text)) {
      return /^(?:РИА|ИА|ИТАР|ТК|ТРК)$/.test(t.text) ? 'MEDIA' : 'ORG';
    }
    // Adjectives may stand between descriptor and title: "ежемесячной газеты «…»", "российским «Известиям»".
    if (!isAdjective(t)) return null;
  }
  return null;
}

function mediaBefore(tokens: readonly TaggedToken[], i: number): boolean {
  const prev = tokens[i - 1];
  return hasLemma(prev, mediaDescriptors);
}

/** The nominative of a quoted title: a one-word title declines ("Известиям" → "Известия"). */
function titleName(tokens: readonly TaggedToken[], morph: MorphAnalyzer): string {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length === 1 && tokens.length === 1) {
    const t = words[0] as TaggedToken;
    const reading = t.features.parses.find((p) => p.grammemes.includes('NOUN') && !p.guessed);
    if (reading && !reading.grammemes.includes('nomn')) {
      const number = reading.grammemes.includes('plur') ? 'plur' : 'sing';
      const form = safeInflect(morph, t.text, reading, ['nomn', number]);
      if (form) return matchCase(form, t.text);
    }
    return t.text;
  }
  const headIndex = tokens.findIndex((t) => t.features.parses[0]?.grammemes.includes('NOUN'));
  return headIndex >= 0 ? phraseName(tokens, headIndex, morph) : joinText(tokens);
}

interface Phrase {
  from: number;
  to: number;
  head: number;
  /** Where the person an organisation is named after starts ("имени М. В. Ломоносова"). */
  honoree?: number;
}

/** Where a name follows "имени" or "им." that ends the tail `(head, to)` or comes right after it, or -1. */
function afterNamedFor(tokens: readonly TaggedToken[], head: number, to: number): number {
  const abbreviated = (k: number) => tokens[k]?.features.folded === 'им' && tokens[k + 1]?.text === '.';
  if (to - 1 > head && tokens[to - 1]?.features.folded === 'имени') return to;
  if (to - 1 > head && abbreviated(to - 1)) return to + 1;
  if (abbreviated(to)) return to + 2;
  return -1;
}

/** The person after "имени" or "им.": initials, then up to three capitalised words ("Станиславского и Немировича-Данченко"). */
function honoreeAt(tokens: readonly TaggedToken[], k: number, taken: Uint8Array): number {
  const initial = (at: number) =>
    tokens[at]?.kind === 'word' && /^\p{Lu}$/u.test(tokens[at]?.text ?? '') && tokens[at + 1]?.text === '.';
  while (initial(k)) k += 2;
  let words = 0;
  while (words < 3) {
    const t = tokens[k];
    if (!t || taken[k] || t.kind !== 'word' || !t.capitalized || t.upper || t.latin) break;
    k++;
    words++;
    const next = tokens[k + 1];
    if (tokens[k]?.features.folded === 'и' && next?.capitalized && !next.upper && !hasLemma(next, orgHeads))
      k++;
  }
  return words > 0 && tokens[k - 1]?.features.folded !== 'и' ? k : -1;
}

/**
 * Some reading of the adjective has the case of some noun reading of the head. Number may
 * differ: "Большого, Мариинского театров" joins singular adjectives to a plural head.
 */
function agrees(adjective: TaggedToken, head: TaggedToken): boolean {
  const caseOf = (t: TaggedToken, pos: string) =>
    t.features.parses
      .filter((p) => p.grammemes.includes(pos))
      .map((p) => cases.find((c) => p.grammemes.includes(c)));
  const heads = new Set(caseOf(head, 'NOUN'));
  return caseOf(adjective, 'ADJF').some((c) => heads.has(c));
}

/** An organisation name at `i`: capitalised adjectives + head noun + a genitive tail. */
function orgPhraseAt(tokens: readonly TaggedToken[], i: number, taken: Uint8Array): Phrase | null {
  const first = tokens[i];
  if (!first || taken[i]) return null;
  if (
    first.kind === 'word' &&
    (orgAbbrevHeads.has(first.features.folded) || hasLemma(first, orgAbbrevHeads))
  ) {
    // A ministry's abbreviation with its country: "МИД Грузии", "в миде Грузии", "МВД России".
    const next = tokens[i + 1];
    const country = next?.capitalized && !next.upper && (next.features.geox || taken[i + 1] === 1);
    if (!country || taken[i + 1] === 2 || next.start > first.end + 1) return null;
    let to = i + 2;
    while (taken[i + 1] === 1 && taken[to] === 1 && tokens[to]?.kind === 'word') to++;
    return { from: i, to, head: i };
  }
  if (!first.capitalized || first.upper) return null;
  let head = i;
  while (head < tokens.length && head < i + 6) {
    const t = tokens[head];
    if (!t || taken[head] || t.kind !== 'word') return null;
    if (hasLemma(t, orgHeads) && t.features.parses.some((p) => p.grammemes.includes('NOUN'))) break;
    // Adjectives joined by "и": "Промышленный и коммерческий банк Китая".
    if (
      head > i &&
      t.features.folded === 'и' &&
      tokens[head + 1] &&
      isAdjective(tokens[head + 1] as TaggedToken)
    ) {
      head++;
      continue;
    }
    if (!isAdjective(t) || t.features.geox || (head > i && (tokens[head - 1]?.end ?? 0) + 1 < t.start))
      return null;
    head++;
  }
  const headToken = tokens[head];
  if (!headToken || head >= i + 6 || !hasLemma(headToken, orgHeads)) return null;
  // The adjectives agree with the head in case: "Шанхайская организация"; "Учёные Московского
  // университета" starts at "Московского".
  for (let k = i; k < head; k++) {
    const t = tokens[k] as TaggedToken;
    if (t.features.folded !== 'и' && !agrees(t, headToken)) return null;
  }
  let to = head + 1;
  let properTail = false;
  while (to < tokens.length && to < head + 7) {
    const t = tokens[to];
    if (!t || taken[to] === 2 || t.kind !== 'word') break;
    if ((tokens[to - 1]?.end ?? 0) + 1 < t.start) break;
    const lower = !t.capitalized;
    const gent = t.features.parses.some(
      (p) => p.grammemes.includes('gent') && (p.grammemes.includes('NOUN') || p.grammemes.includes('ADJF')),
    );
    if (/\d/.test(t.text)) break;
    if (taken[to] === 1 && (t.upper || t.capitalized)) {
      while (taken[to] === 1 && tokens[to]?.kind === 'word') to++;
      properTail = true;
      break;
    }
    if (t.upper && !notOrgAbbrev.has(t.features.folded)) {
      to++;
      properTail = true;
      break;
    }
    if (t.capitalized && gent && (t.features.geox || t.features.orgn)) {
      to++;
      properTail = true;
      break;
    }
    if (!lower || !gent || hasLemma(t, roleNouns)) break;
    to++;
  }
  // "университета имени М. В. Ломоносова", "Театра им. Йозефа Бойса": the person it is named after.
  let honoree: number | undefined;
  if (!properTail) {
    const from = afterNamedFor(tokens, head, to);
    const end = from >= 0 ? honoreeAt(tokens, from, taken) : -1;
    if (end > 0) {
      honoree = from;
      to = end;
      properTail = true;
    }
  }
  // "Корпорация Google", "Комиссия ЕС": a descriptor right before a name leaves the name alone.
  const afterHead = tokens[head + 1];
  if (
    head === i &&
    to === head + 2 &&
    afterHead &&
    (taken[head + 1] === 1 || afterHead.latin) &&
    hasLemma(headToken, orgDescriptors)
  ) {
    return null;
  }
  // Trim a tail that ends in an adjective with no noun after it.
  while (to - 1 > head && !properTail) {
    const last = tokens[to - 1];
    if (last?.features.parses[0]?.grammemes.includes('NOUN')) break;
    to--;
  }
  const startsSentence = first.sentenceStart;
  if (head === i) {
    // A bare capitalised head: only a name with a tail ("Комитет защиты журналистов", "Центр … ШОС").
    if (to === head + 1) return null;
    if (startsSentence && !properTail) return null;
  } else if (startsSentence && to === head + 1 && !headToken.capitalized) {
    return null;
  }
  return honoree === undefined ? { from: i, to, head } : { from: i, to, head, honoree };
}

const personBreak = new Set(['Президент', 'Министр', 'Премьер']);

const placePrepositions = new Set(['в', 'во']);
/** Descriptors that come right before a place's own name ("реки Славянки", "мысе Канаверал"). */
const placeCues = new Set([
  'город',
  'поселок',
  'посёлок',
  'село',
  'деревня',
  'станица',
  'река',
  'озеро',
  'остров',
  'полуостров',
  'гора',
  'мыс',
  'штат',
  'провинция',
  'улица',
  'проспект',
  'площадь',
  'бульвар',
  'переулок',
  'шоссе',
  'пригород',
]);

/** A capitalised word the dictionary does not know as anything but a name or a place. */
function placeCandidate(t: TaggedToken | undefined, taken: Uint8Array, k: number): t is TaggedToken {
  if (!t || taken[k] || t.kind !== 'word' || !t.capitalized || t.upper || t.latin || t.text.length < 2)
    return false;
  if (inflectedAbbreviation.test(t.text) || t.features.orgn) return false;
  return !hasLemma(t, orgHeads) && !hasLemma(t, roleNouns) && !hasLemma(t, geoDescriptors);
}

/**
 * A place named by its context at `i`: a capitalised word after a geographic descriptor
 * ("реки Славянки", "на мысе Канаверал") or after "в" in the locative ("в Тусоне"),
 * with a capitalised adjective before it when there is one ("в Южной Каролине").
 */
function contextPlaceAt(tokens: readonly TaggedToken[], i: number, taken: Uint8Array): Phrase | null {
  const t = tokens[i];
  if (
    !placeCandidate(t, taken, i) ||
    (t.sentenceStart && !placePrepositions.has(tokens[i - 1]?.features.folded ?? ''))
  ) {
    return null;
  }
  let from = i;
  const prev = tokens[i - 1];
  if (prev && !taken[i - 1] && prev.capitalized && !prev.upper && isAdjective(prev) && !prev.sentenceStart)
    from = i - 1;
  const cue = tokens[from - 1];
  if (cue?.kind !== 'word' || cue.end + 1 < (tokens[from]?.start ?? 0)) return null;
  if (cue.capitalized && !(cue.sentenceStart && placePrepositions.has(cue.features.folded))) return null;
  const notPerson = (w: TaggedToken) => !(w.features.name || w.features.patr) || w.features.geox;
  if (hasLemma(cue, placeCues) && notPerson(t)) {
    let to = i + 1;
    while (
      to < i + 3 &&
      placeCandidate(tokens[to], taken, to) &&
      notPerson(tokens[to] as TaggedToken) &&
      (tokens[to - 1]?.end ?? 0) + 1 >= (tokens[to]?.start ?? 0)
    ) {
      to++;
    }
    return { from, to, head: i };
  }
  if (!placePrepositions.has(cue.features.folded)) return null;
  const f = t.features;
  const locative =
    f.parses.length === 0 ||
    f.parses.some((p) => p.grammemes.includes('loct') || p.grammemes.includes('loc2'));
  // A capitalised common word after "в" ("в Интернете") is not a place unless the dictionary says so.
  if (!locative || (f.common && !f.geox) || (f.name && !f.geox)) return null;
  return { from, to: i + 1, head: i };
}

/** The nominative of a place's name: the Geox reading's lemma, else the noun's. */
function placeName(tokens: readonly TaggedToken[], morph: MorphAnalyzer): string {
  const last = tokens.length - 1;
  const head = tokens[last];
  if (!head) return '';
  if (tokens.length === 2 && isAdjective(tokens[0] as TaggedToken)) return phraseName(tokens, 1, morph);
  return tokens
    .map((t) => {
      const f = t.features;
      const reading =
        f.parses.find((p) => p.grammemes.includes('Geox')) ??
        f.parses.find((p) => p.grammemes.includes('NOUN') && !p.grammemes.includes('plur'));
      return reading ? matchCase(reading.lemma, t.text) : t.text;
    })
    .join(' ');
}

/**
 * A person's name after a role and its complement ("Председатель КНР Ху Цзиньтао",
 * "Премьер-министр Японии Н. Кан"): capitalised words that no other rule took, even
 * when the dictionary does not know them as names.
 */
function roleAppositionAt(tokens: readonly TaggedToken[], i: number, taken: Uint8Array): Phrase | null {
  const role = tokens[i];
  if (role?.kind !== 'word' || role.upper || !hasLemma(role, roleNouns)) return null;
  let j = i + 1;
  // The complement: genitive words and names other rules took ("КНР", "иностранных дел России").
  while (j < tokens.length && j < i + 8) {
    const t = tokens[j];
    if (t?.kind !== 'word' || t.start > (tokens[j - 1]?.end ?? 0) + 1) return null;
    if (taken[j]) {
      j++;
      continue;
    }
    if (t.capitalized) break;
    if (!t.features.parses.some((p) => p.grammemes.includes('gent')) || t.text.length < 2) return null;
    j++;
  }
  const from = j;
  let to = j;
  while (to < tokens.length && to < from + 4) {
    const t = tokens[to];
    if (!t || taken[to] || (to > from && t.start > (tokens[to - 1]?.end ?? 0) + 1)) break;
    if (t.kind === 'word' && t.text.length === 1 && /\p{Lu}/u.test(t.text) && tokens[to + 1]?.text === '.') {
      to += 2;
      continue;
    }
    if (!placeCandidate(t, taken, to) || t.sentenceStart) break;
    // Only words the dictionary knows as nothing else: "Ху", "Цзиньтао", "Блаттер", not "Новой", "Минсвязи".
    const f = t.features;
    if (
      (f.common && !f.name && !f.surn) ||
      (isAdjective(t) && !f.guessed) ||
      (f.geox && !f.guessed && !f.name && !f.surn)
    ) {
      break;
    }
    to++;
  }
  const last = tokens[to - 1];
  if (to === from || !last || last.kind !== 'word' || last.text.length < 2) return null;
  return { from, to, head: from };
}

/** A person's name at `i`: capitalised words, at least one a first name, patronymic or surname. */
function personRunAt(tokens: readonly TaggedToken[], i: number, taken: Uint8Array): Phrase | null {
  const first = tokens[i];
  if (!first || taken[i] || !first.capitalized || first.upper || first.latin) return null;
  let to = i;
  let strong = 0;
  let weak = 0;
  // A name has at most a few words ("Аун Сан Су Чжи"); a run of capitals longer than that is not one name.
  while (to < tokens.length && to < i + 6) {
    const t = tokens[to];
    if (!t || taken[to]) break;
    if (to > i && (tokens[to - 1]?.end ?? 0) + 1 < t.start) break;
    // Initials: "В. В. Путин".
    if (t.kind === 'word' && t.text.length === 1 && /\p{Lu}/u.test(t.text) && tokens[to + 1]?.text === '.') {
      to += 2;
      weak++;
      continue;
    }
    if (t.kind !== 'word' || !t.capitalized || t.upper || t.latin || personBreak.has(t.text)) break;
    // A lone capital ("В", "И" at a sentence start) is a preposition or conjunction, not a name;
    // capitals with a case ending ("МИДа") are an abbreviation.
    if (t.text.length === 1 || inflectedAbbreviation.test(t.text)) break;
    if (hasLemma(t, roleNouns) || hasLemma(t, orgHeads) || hasLemma(t, geoDescriptors)) break;
    const f = t.features;
    // A word read first as a place is a place unless a first name comes right before it ("Украины Виктором").
    const topGeox = f.parses[0]?.grammemes.includes('Geox') === true;
    if (topGeox && !(to > i && tokens[to - 1]?.features.name)) break;
    // A word the dictionary knows as an organisation is one, whatever its ending ("Минфина").
    if (f.orgn && !f.guessed && !(f.name || f.surn || f.patr)) break;
    const sentenceCommon = t.sentenceStart && f.common && !f.topProper;
    if (f.name || f.patr || f.surn) {
      if (sentenceCommon && !f.parses[0]?.grammemes.some((g) => g === 'Name' || g === 'Surn' || g === 'Patr'))
        break;
      if (f.geox && !f.name && !f.surn && !f.patr) break;
      strong++;
    } else if (f.geox && to > i && tokens[to - 1]?.features.name && !f.common) {
      // A surname the dictionary knows only as a place, right after a first name: "Наото Кан".
      strong++;
    } else if (to > i && tokens[to - 1]?.features.name && !isAdjective(t) && !f.geox) {
      // Any capitalised word right after a first name is its surname: "Александр Брод", "Ледли Кинг".
      strong++;
    } else if (f.surnameShape || (f.guessed && !f.geox)) {
      if (t.sentenceStart && f.common) break;
      weak++;
    } else {
      break;
    }
    to++;
  }
  // Trailing initials after the surname: "Путин В.В." are not taken (rare in news, ambiguous with sentence ends).
  if (to === i) return null;
  const words = to - i;
  if (
    strong === 0 &&
    weak < 2 &&
    !(weak === 1 && !first.sentenceStart && first.features.surnameShape && !first.features.common)
  ) {
    return null;
  }
  if (words === 1 && first.sentenceStart && !first.features.topProper && first.features.common) return null;
  // A single adjective ("Московскому времени") or a quoted title («Спартака», «Индевор») is not a person.
  if (words === 1 && first.features.parses[0]?.grammemes.includes('ADJF')) return null;
  if (words === 1 && quoteOpen.has(tokens[i - 1]?.text ?? '') && /^[»"“”]$/.test(tokens[to]?.text ?? ''))
    return null;
  if (words === 1 && first.features.geox && !first.features.name && !first.features.surn) return null;
  return { from: i, to, head: i };
}

function surnameKey(last: TaggedToken | undefined, nameWords: readonly string[]): string {
  if (!last) return foldWord(nameWords[nameWords.length - 1] ?? '');
  const surn = last.features.parses.find((p) => p.grammemes.includes('Surn'));
  if (surn) return foldWord(surn.lemma);
  return foldWord(guessSurnameNominative(nameWords[nameWords.length - 1] ?? last.text));
}

function personGender(tokens: readonly TaggedToken[]): 'masc' | 'femn' | undefined {
  for (const t of tokens) {
    const name = personReadings(t).find((p) => p.grammemes.includes('Name'));
    if (name?.grammemes.includes('masc')) return 'masc';
    if (name?.grammemes.includes('femn')) return 'femn';
  }
  const last = tokens[tokens.length - 1];
  if (last && /(?:ова|ева|ина|ына|ская|цкая)$/.test(last.features.folded)) return 'femn';
  if (last && /(?:ов|ев|ин|ын|ский|цкий)$/.test(last.features.folded)) return 'masc';
  return undefined;
}

/**
 * A capitalised word that the dictionary does not read as a name, but that the same text
 * uses as a surname elsewhere ("Токаев" after "Касым-Жомарт Токаев"), is that person.
 */
function promoteKnownSurnames(blocks: readonly TaggedBlock[], mentions: NameMention[]): NameMention[] {
  const surnames = new Set(
    mentions.filter((m) => m.type === 'PER' && m.surname).map((m) => m.surname as string),
  );
  if (surnames.size === 0) return mentions;
  const byBlock = new Map<number, NameMention[]>();
  for (const m of mentions) {
    const list = byBlock.get(m.block) ?? [];
    list.push(m);
    byBlock.set(m.block, list);
  }
  const extra: NameMention[] = [];
  blocks.forEach((block, b) => {
    const own = (byBlock.get(b) ?? []).sort((x, y) => x.start - y.start);
    let k = 0;
    let coveredUntil = -1;
    for (const t of block.tokens) {
      while (k < own.length && (own[k] as NameMention).start <= t.start) {
        coveredUntil = Math.max(coveredUntil, (own[k] as NameMention).end);
        k++;
      }
      if (!t.capitalized || t.upper || t.kind !== 'word' || t.start < coveredUntil) continue;
      const surn = t.features.parses.find((p) => p.grammemes.includes('Surn'));
      const hit = [foldWord(guessSurnameNominative(t.text)), ...(surn ? [foldWord(surn.lemma)] : [])].find(
        (key) => surnames.has(key),
      );
      if (!hit) continue;
      extra.push({
        type: 'PER',
        kind: 'name',
        name: matchCase(hit, t.text),
        surname: hit,
        start: t.start,
        end: t.end,
        block: b,
      });
    }
  });
  return extra.length ? [...mentions, ...extra] : mentions;
}
