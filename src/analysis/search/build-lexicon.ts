import type { MorphAnalyzer, Parse } from '../morphology/morph-analyzer.ts';
import { tokenize } from '../text/tokenize.ts';
import { foldWord } from './fold-text.ts';
import { type SerializedLexicon, writeLexicon } from './lexicon.ts';
import { adjectiveCandidates, nounCandidates } from './related-word-candidates.ts';

/** Readings this much less likely than a word's best reading are left out (az's guesses for unknown words). */
const minScoreRatio = 0.2;
const properNoun = new Set(['Surn', 'Name', 'Patr', 'Geox', 'Orgn', 'Trad', 'Abbr']);

/**
 * Builds the search lexicon for a text: every form of every lemma of every word in it
 * (and of each part of a hyphenated word), folded, plus related-word pairs. Runs at build
 * time with the full dictionary; the browser only gets the result.
 */
export function buildLexicon(text: string, morph: MorphAnalyzer): SerializedLexicon {
  const entries = new Map<string, Set<string>>();
  const related: [string, string][] = [];
  const addLexeme = (word: string, parse: Parse) => {
    const lemma = foldWord(parse.lemma);
    let forms = entries.get(lemma);
    if (!forms) {
      forms = new Set([lemma]);
      entries.set(lemma, forms);
    }
    for (const form of morph.forms?.(word, parse) ?? [parse.lemma, word]) forms.add(foldWord(form));
    forms.add(foldWord(word));
    return lemma;
  };

  const words = new Set<string>();
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    words.add(token.text);
    if (/[-‐]/.test(token.text)) for (const part of token.text.split(/[-‐]/)) if (part) words.add(part);
  }

  const lemmasSeen = new Map<string, Parse>();
  for (const word of words) {
    const readings = likelyReadings(morph.parse(word));
    if (readings.length === 0) {
      const folded = foldWord(word);
      entries.set(folded, entries.get(folded) ?? new Set([folded]));
      continue;
    }
    for (const parse of readings) lemmasSeen.set(addLexeme(word, parse), parse);
    // A capitalised word the dictionary reads only as a common word may be a surname in
    // the nominative ("Токаев" read as "токай"): ask for its genitive and keep surname
    // readings whose dictionary form is the word itself.
    if (/^\p{Lu}/u.test(word) && !readings.some((r) => r.grammemes.some((g) => properNoun.has(g)))) {
      const folded = foldWord(word);
      for (const probe of [`${word}а`, `${word}ы`]) {
        for (const parse of morph.parse(probe)) {
          if (parse.grammemes.includes('Surn') && foldWord(parse.lemma) === folded) addLexeme(probe, parse);
        }
      }
    }
  }

  for (const [lemma, parse] of lemmasSeen) {
    const isAdjective = parse.grammemes.includes('ADJF');
    const isName = parse.grammemes.includes('NOUN') && parse.grammemes.some((g) => properNoun.has(g));
    const candidates = isAdjective ? nounCandidates(lemma) : isName ? adjectiveCandidates(lemma) : [];
    for (const candidate of candidates) {
      // Names are capitalised in the dictionary: ask for "Россия", not "россия".
      const asked = isAdjective ? candidate.charAt(0).toUpperCase() + candidate.slice(1) : candidate;
      const confirmed = morph
        .parse(asked)
        .find(
          (p) =>
            foldWord(p.lemma) === candidate &&
            (isAdjective
              ? p.grammemes.includes('NOUN') && p.grammemes.some((g) => properNoun.has(g))
              : p.grammemes.includes('ADJF')) &&
            !p.guessed,
        );
      if (confirmed) related.push([lemma, addLexeme(asked, confirmed)]);
    }
  }
  return writeLexicon(entries, related);
}

function likelyReadings(readings: readonly Parse[]): Parse[] {
  const top = Math.max(0, ...readings.map((r) => r.score));
  return readings.filter((r) => r.score >= top * minScoreRatio);
}
