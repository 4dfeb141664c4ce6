import type { MorphAnalyzer } from '../morphology/morph-analyzer.ts';
import { foldWord, type TaggedToken, wordFeatures } from '../morphology/tag-tokens.ts';
import { tokenize } from '../text/tokenize.ts';
import { type KnownEntity, knownEntities } from './data/known-entities.ts';

interface KnownWord {
  folded: string;
  lemmas: ReadonlySet<string>;
  capital: boolean;
}

interface KnownPhrase {
  entity: KnownEntity;
  words: readonly KnownWord[];
  /** Written as in the list: an abbreviation, or a full name. */
  kind: 'name' | 'abbrev';
  /** A single word that is also a common word ("Вести", "Известия"): never trusted at a sentence start. */
  ambiguous: boolean;
}

/** A known entity found at a token position. */
export interface KnownMatch {
  entity: KnownEntity;
  kind: 'name' | 'abbrev';
  /** Number of tokens matched. */
  length: number;
}

/** Curated names, looked up by word form or lemma, and by canonical string. */
export interface KnownIndex {
  /** The longest curated name starting at `tokens[i]`, if any. */
  matchAt(tokens: readonly TaggedToken[], i: number): KnownMatch | undefined;
  /** The curated entity a canonical name or alias refers to ("РК" → Казахстан). */
  byName(name: string): KnownEntity | undefined;
  /** Lemmas of the head nouns of a curated entity's names ("организация" for ШОС). */
  heads(entity: KnownEntity): ReadonlySet<string>;
}

const indexes = new WeakMap<MorphAnalyzer, KnownIndex>();

/** The index of curated names for one analyzer, built once. */
export function knownIndex(morph: MorphAnalyzer): KnownIndex {
  let index = indexes.get(morph);
  if (!index) {
    index = buildIndex(morph);
    indexes.set(morph, index);
  }
  return index;
}

function buildIndex(morph: MorphAnalyzer): KnownIndex {
  const byFirst = new Map<string, KnownPhrase[]>();
  const byName = new Map<string, KnownEntity>();
  const heads = new Map<KnownEntity, Set<string>>();
  for (const entity of knownEntities) {
    const headSet = new Set<string>();
    heads.set(entity, headSet);
    for (const written of [entity.name, ...entity.aliases]) {
      byName.set(foldName(written), entity);
      const words = tokenize(written).map((t) => {
        const features = wordFeatures(t.text, morph);
        return {
          folded: features.folded,
          lemmas: t.kind === 'word' ? features.lemmas : new Set<string>(),
          capital: /^\p{Lu}/u.test(t.text),
        };
      });
      const first = words[0];
      if (!first) continue;
      const nounHead = tokenize(written).find((t) =>
        wordFeatures(t.text, morph).parses.some(
          (p) => p.grammemes.includes('NOUN') && !/^\p{Lu}{2,}/u.test(t.text),
        ),
      );
      if (nounHead && words.length > 1) {
        for (const lemma of wordFeatures(nounHead.text, morph).lemmas) headSet.add(lemma);
      }
      const features = wordFeatures(written, morph);
      const phrase: KnownPhrase = {
        entity,
        words,
        kind: words.length === 1 && /^[\p{Lu}\d.-]{2,}$/u.test(written) ? 'abbrev' : 'name',
        ambiguous: words.length === 1 && features.common,
      };
      for (const key of new Set([first.folded, ...first.lemmas])) {
        const list = byFirst.get(key) ?? [];
        list.push(phrase);
        byFirst.set(key, list);
      }
    }
  }
  // The phrases a word form may start, cached per form: most forms start none.
  const startsCache = new WeakMap<object, readonly KnownPhrase[]>();
  const phrasesStartingWith = (token: TaggedToken): readonly KnownPhrase[] => {
    let list = startsCache.get(token.features);
    if (!list) {
      const found = new Set<KnownPhrase>();
      for (const phrase of byFirst.get(token.features.folded) ?? []) found.add(phrase);
      for (const lemma of token.features.lemmas)
        for (const phrase of byFirst.get(lemma) ?? []) found.add(phrase);
      list = [...found];
      startsCache.set(token.features, list);
    }
    return list;
  };
  return {
    matchAt(tokens, i) {
      const token = tokens[i];
      if (token?.kind !== 'word') return undefined;
      let best: KnownMatch | undefined;
      for (const phrase of phrasesStartingWith(token)) {
        if (phrase.ambiguous && token.sentenceStart) continue;
        if (!phraseMatches(phrase, tokens, i)) continue;
        if (!best || phrase.words.length > best.length) {
          best = { entity: phrase.entity, kind: phrase.kind, length: phrase.words.length };
        }
      }
      return best;
    },
    byName: (name) => byName.get(foldName(name)),
    heads: (entity) => heads.get(entity) ?? new Set(),
  };
}

function phraseMatches(phrase: KnownPhrase, tokens: readonly TaggedToken[], i: number): boolean {
  return phrase.words.every((word, j) => {
    const token = tokens[i + j];
    if (!token) return false;
    if (j > 0 && (tokens[i + j - 1]?.end ?? 0) < token.start && word.lemmas.size === 0) return false;
    if (word.capital && !/^\p{Lu}/u.test(token.text)) return false;
    if (!word.capital && /^\p{Lu}{2}/u.test(token.text)) return false;
    if (token.features.folded === word.folded) return true;
    // Same lemma, and the same beginning: a guessed lemma alone would join "Новости" to "Викиновости".
    if (token.features.folded.slice(0, 3) !== word.folded.slice(0, 3)) return false;
    for (const lemma of word.lemmas) if (token.features.lemmas.has(lemma)) return true;
    return false;
  });
}

/** Folds a name for comparison: lower case, ё as е, spaces collapsed. */
export function foldName(name: string): string {
  return foldWord(name).replace(/\s+/g, ' ').trim();
}
