/**
 * Morphology comes in through this interface, so the analysis never depends on a
 * particular dictionary: the build and the CLI pass the OpenCorpora dictionary (az),
 * the browser a compact lexicon, and tests a ten-word fake.
 */

/** OpenCorpora grammemes, as strings: 'NOUN', 'Surn', 'gent', 'Geox', … */
export type Grammeme = string;

/** One reading of a word form. */
export interface Parse {
  /** Dictionary form, lower-case ("казахстан" for "Казахстаном"). */
  lemma: string;
  /** Part of speech and features of this form, e.g. ['NOUN', 'inan', 'masc', 'Geox', 'sing', 'ablt']. */
  grammemes: readonly Grammeme[];
  /** Likelihood of this reading among the word's readings, 0..1. */
  score: number;
  /** True when the word is not in the dictionary and this reading was guessed from its ending. */
  guessed?: boolean;
}

export interface MorphAnalyzer {
  /** All readings of one word form, most likely first; empty for an unknown word. */
  parse(word: string): readonly Parse[];
  /**
   * The form of `word`'s reading `parse` with the given grammemes (e.g. ['nomn']),
   * or null when the dictionary cannot inflect it.
   */
  inflect(word: string, parse: Parse, grammemes: readonly Grammeme[]): string | null;
  /**
   * Every form of the lexeme that `word`'s reading `parse` belongs to, lower-case, the
   * dictionary form first; `[word]` lower-cased when the dictionary has no paradigm for it.
   * Optional: only the build-time search lexicon needs it.
   */
  forms?(word: string, parse: Parse): readonly string[];
}
