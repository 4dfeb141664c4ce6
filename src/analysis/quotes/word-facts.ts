import type { MorphAnalyzer, Parse } from '../morphology/morph-analyzer.ts';
import type { Token } from '../text/tokenize.ts';
import { roleNounLemmas } from './speech-lexicon.ts';

/** What the quote stages need to know about one word token, read from the dictionary once. */
export interface WordFacts {
  /** Lemmas of all readings, lower-case, ё as е. */
  lemmas: ReadonlySet<string>;
  /** The most likely reading's part of speech ('NOUN', 'PREP', …), or '' for an unknown word. */
  pos: string;
  /** Some reading is in the nominative (or the word is unknown, so it may be). */
  nominative: boolean;
  /** Some reading is a first name, surname or patronymic. */
  personal: boolean;
  /** A reading that is a common noun or adjective in the nominative, with no name grammeme. */
  commonNominative: boolean;
  /** A likely reading (score ≥ 0.5) as a common noun or adjective in the singular or nominative. */
  commonLikely: boolean;
  capitalised: boolean;
  /** Written in capitals only ("МИД", "ШОС"). */
  allCaps: boolean;
  latin: boolean;
  parses: readonly Parse[];
}

const lower = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

/** A per-analysis cache of `WordFacts`, keyed by the word's spelling. */
export function createWordFacts(morph: MorphAnalyzer): (word: string) => WordFacts {
  const cache = new Map<string, WordFacts>();
  return (word) => {
    let facts = cache.get(word);
    if (!facts) {
      facts = readWord(word, morph);
      if (cache.size < 200_000) cache.set(word, facts);
    }
    return facts;
  };
}

function readWord(word: string, morph: MorphAnalyzer): WordFacts {
  let parses: readonly Parse[] = [];
  try {
    parses = word.length <= 40 ? morph.parse(word) : [];
  } catch {
    parses = [];
  }
  const latin = /^[A-Za-z]/.test(word);
  const first = parses[0];
  const pos = latin ? 'LATN' : (first?.grammemes[0] ?? '');
  const has = (p: Parse, g: string) => p.grammemes.includes(g);
  // Initials ("К", "А") are names to the dictionary, but as words they are mostly prepositions.
  const personal = parses.some(
    (p) => (has(p, 'Name') || has(p, 'Surn') || has(p, 'Patr')) && !has(p, 'Init'),
  );
  const commonNominative = parses.some(
    (p) =>
      (has(p, 'NOUN') || has(p, 'ADJF') || has(p, 'PRTF')) &&
      has(p, 'nomn') &&
      !has(p, 'Name') &&
      !has(p, 'Surn') &&
      !has(p, 'Patr') &&
      !has(p, 'Geox') &&
      !has(p, 'Orgn') &&
      p.score >= 0.2,
  );
  const commonLikely = parses.some(
    (p) =>
      (has(p, 'NOUN') || has(p, 'ADJF') || has(p, 'PRTF')) &&
      (has(p, 'sing') || has(p, 'nomn')) &&
      !has(p, 'Name') &&
      !has(p, 'Surn') &&
      !has(p, 'Patr') &&
      !has(p, 'Geox') &&
      !has(p, 'Orgn') &&
      p.score >= 0.5,
  );
  return {
    commonLikely,
    lemmas: new Set(parses.map((p) => lower(p.lemma))),
    pos,
    nominative: parses.length === 0 || parses.some((p) => has(p, 'nomn')),
    personal,
    commonNominative,
    capitalised: /^\p{Lu}/u.test(word),
    allCaps: word.length > 1 && /^[\p{Lu}\d-]+$/u.test(word),
    latin,
    parses,
  };
}

/** Whether any reading of the word has one of the lemmas. */
export function hasLemma(facts: WordFacts, lemmas: ReadonlySet<string>): boolean {
  for (const lemma of facts.lemmas) if (lemmas.has(lemma)) return true;
  return false;
}

/**
 * A capitalised word that reads as part of a person's name: a known name or surname, or
 * a capitalised word the dictionary doesn't know as a likely common noun
 * ("Токаев", which az reads only as a plural of "токай"; "Проди", read as a verb).
 * Roles ("Президент") and capitalised common words ("Движения") are not names, nor is
 * a known word whose capital only marks a sentence's start ("Тогда").
 */
export function isPersonNameWord(token: Token, facts: WordFacts, sentenceInitial = false): boolean {
  if (token.kind !== 'word' || !facts.capitalised || facts.allCaps || facts.latin) return false;
  // "МИДа", "ООНе": an abbreviation with a case ending.
  if (/^\p{Lu}{2,}/u.test(token.text)) return false;
  if (hasLemma(facts, roleNounLemmas)) return false;
  if (facts.personal) return true;
  if (facts.parses.some((p) => p.grammemes.includes('Geox'))) return false;
  // "Госдумы": an organisation the dictionary knows (a guessed Orgn reading says nothing).
  if (facts.parses.some((p) => p.grammemes.includes('Orgn') && !p.guessed)) return false;
  // At a sentence's start a capital says nothing: only unknown words may be names there.
  if (sentenceInitial && facts.parses.length > 0) return false;
  if (['PREP', 'CONJ', 'PRCL', 'NPRO', 'NUMR', 'INTJ', 'ADVB', 'PRED', 'GRND', 'COMP'].includes(facts.pos))
    return false;
  return !facts.commonLikely;
}
