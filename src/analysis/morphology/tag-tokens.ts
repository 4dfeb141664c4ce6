import { type Token, tokenize } from '../text/tokenize.ts';
import type { Span } from '../types.ts';
import type { MorphAnalyzer, Parse } from './morph-analyzer.ts';

/** What the dictionary and the spelling say about one word form, whatever its position in the text. */
export interface WordFeatures {
  /** First letter is upper-case; two or more letters all upper-case; Latin script. */
  capitalized: boolean;
  upper: boolean;
  latin: boolean;
  /** Lower-case form with ё folded to е: the key every gazetteer lookup uses. */
  folded: string;
  parses: readonly Parse[];
  /** Lemmas of all readings (folded). */
  lemmas: ReadonlySet<string>;
  /** Some reading is a first name / surname / patronymic / place / organisation / abbreviation. */
  name: boolean;
  surn: boolean;
  patr: boolean;
  geox: boolean;
  orgn: boolean;
  abbr: boolean;
  /** The most likely reading is a proper name of some kind (Name, Surn, Patr, Geox, Orgn). */
  topProper: boolean;
  /** Some dictionary (not guessed) reading is a plain common word: no proper-name grammeme. */
  common: boolean;
  /** The word is not in the dictionary: its readings are guesses from its ending. */
  guessed: boolean;
  /** Ends like a Slavic surname (-ов, -ева, -ский, -енко, -швили, …) in some case. */
  surnameShape: boolean;
}

/** A token with its morphology and the orthographic facts names depend on. */
export interface TaggedToken extends Token {
  features: WordFeatures;
  /** First letter is upper-case ("Токаев", "ШОС", "Zakon.kz"). */
  capitalized: boolean;
  /** Two or more letters, all upper-case ("РК", "NASA"). */
  upper: boolean;
  /** Written in Latin letters. */
  latin: boolean;
  /** First word of a sentence (after . ! ? … or a block start), where capitals say nothing. */
  sentenceStart: boolean;
}

const proper = new Set(['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad']);
const surnameEnding =
  /(?:[оеё]в|[ыи]н|ск|цк)(?:а|у|ым|ом|е|ой|ою|ы|ых|ым|ими)?$|(?:[оеё]в|[ыи]н)$|(?:ский|цкий|ская|цкая|ского|цкого|ской|цкой|скому|цкому|ским|цким|ском|цком|скую|цкую)$|(?:енко|швили|дзе|ян|янц|уни|ук|юк|ич|ович|евич)(?:а|у|ем|е|ом)?$/;

const cache = new WeakMap<MorphAnalyzer, Map<string, WordFeatures>>();

/** The dictionary facts about a word form, computed once per form and analyzer. */
export function wordFeatures(word: string, morph: MorphAnalyzer): WordFeatures {
  let forms = cache.get(morph);
  if (!forms) {
    forms = new Map();
    cache.set(morph, forms);
  }
  const hit = forms.get(word);
  if (hit) return hit;
  const features = computeFeatures(word, morph);
  // A pathological input (megabytes of distinct words) must not grow the cache without bound.
  if (forms.size > 200_000) forms.clear();
  forms.set(word, features);
  return features;
}

function computeFeatures(word: string, morph: MorphAnalyzer): WordFeatures {
  const folded = foldWord(word);
  let parses: readonly Parse[] = [];
  // Very long "words" are never names; skip the dictionary for them (it is slow on junk).
  if (word.length <= 40) {
    try {
      parses = morph.parse(word);
    } catch {
      parses = [];
    }
  }
  const has = (g: string) => parses.some((p) => p.grammemes.includes(g));
  const top = parses[0];
  const first = word[0] ?? '';
  const letters = word.replace(/[^\p{L}]/gu, '');
  return {
    capitalized: first !== first.toLowerCase() && first === first.toUpperCase(),
    upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    latin: /^[A-Za-z]/.test(word),
    folded,
    parses,
    lemmas: new Set(parses.map((p) => foldWord(p.lemma))),
    name: has('Name'),
    surn: has('Surn'),
    patr: has('Patr'),
    geox: has('Geox'),
    orgn: has('Orgn'),
    abbr: has('Abbr'),
    topProper: top?.grammemes.some((g) => proper.has(g)) === true,
    common: parses.some((p) => !p.guessed && !p.grammemes.some((g) => proper.has(g) || g === 'Abbr')),
    guessed: parses.length === 0 || parses.every((p) => p.guessed),
    surnameShape: /^[А-ЯЁ]/.test(word) && surnameEnding.test(folded),
  };
}

/** Lower case with ё as е: how words are compared everywhere in the entity engine. */
export function foldWord(word: string): string {
  return word.toLowerCase().replaceAll('ё', 'е');
}

const sentenceEnd = new Set(['.', '!', '?', '…']);
const opening = new Set(['«', '"', '„', '“', '(', '—', '–', '-', "'"]);

/**
 * Tokenizes one block and tags each word with its morphology, capitalisation and whether
 * it starts a sentence. Dictionary look-ups are cached per word form.
 */
export function tagTokens(text: string, block: Span, morph: MorphAnalyzer): TaggedToken[] {
  const tokens = tokenize(text, block.start, block.end);
  const tagged: TaggedToken[] = [];
  let atStart = true;
  for (const token of tokens) {
    const isWord = token.kind === 'word';
    const features = isWord ? wordFeatures(token.text, morph) : punctFeatures(token.text);
    tagged.push({
      start: token.start,
      end: token.end,
      kind: token.kind,
      text: token.text,
      features,
      capitalized: features.capitalized,
      upper: features.upper,
      latin: features.latin,
      sentenceStart: atStart,
    });
    if (sentenceEnd.has(token.text)) atStart = true;
    else if (!(atStart && opening.has(token.text))) atStart = false;
  }
  return tagged;
}

const punctCache = new Map<string, WordFeatures>();

function punctFeatures(mark: string): WordFeatures {
  let hit = punctCache.get(mark);
  if (!hit) {
    hit = {
      capitalized: false,
      upper: false,
      latin: false,
      folded: mark,
      parses: [],
      lemmas: new Set(),
      name: false,
      surn: false,
      patr: false,
      geox: false,
      orgn: false,
      abbr: false,
      topProper: false,
      common: false,
      guessed: false,
      surnameShape: false,
    };
    if (punctCache.size < 10_000) punctCache.set(mark, hit);
  }
  return hit;
}
