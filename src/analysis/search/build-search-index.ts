import { tokenize } from '../text/tokenize.ts';
import type { Span } from '../types.ts';
import { type FoldedText, foldText, foldWord } from './fold-text.ts';
import type { Lexicon } from './lexicon.ts';

/** One part of a hyphenated word ("Касым" in "Касым-Жомарт"), searchable on its own. */
export interface IndexedPart extends Span {
  folded: string;
  lemmaIds: readonly number[];
}

/** A word or number of the text, folded, with every lemma it can be a form of. */
export interface IndexedToken extends Span {
  folded: string;
  isNumber: boolean;
  lemmaIds: readonly number[];
  /** The parts of a hyphenated word, or null. */
  parts: readonly IndexedPart[] | null;
  /** A sentence or paragraph ends between the previous token and this one: phrases never span it. */
  breakBefore: boolean;
}

/** Everything a query needs, built once per text: tokens in order and posting lists. */
export interface SearchIndex {
  text: string;
  lexicon: Lexicon;
  tokens: readonly IndexedToken[];
  /** Lemma id → indices of tokens that can be a form of it. */
  byLemma: ReadonlyMap<number, readonly number[]>;
  /** Folded form → indices of tokens written so. */
  byForm: ReadonlyMap<string, readonly number[]>;
  /** Lemma id / folded form → parts, as `tokenIndex * maxParts + partIndex`. */
  partsByLemma: ReadonlyMap<number, readonly number[]>;
  partsByForm: ReadonlyMap<string, readonly number[]>;
  /** The folded text with its offset map, made on the first literal query. */
  foldedText: () => FoldedText;
}

/** Parts beyond this many in one hyphenated word are not indexed on their own. */
export const maxParts = 16;

const sentenceEnd = new Set(['.', '!', '?', '…', ';']);

function push<K>(map: Map<K, number[]>, key: K, value: number) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

/**
 * Indexes a text for search: tokenises it, folds each word and looks up its lemmas in the
 * lexicon. Runs in the browser (from `Analysis.text` and the published lexicon) and in Node.
 */
export function buildSearchIndex(text: string, lexicon: Lexicon): SearchIndex {
  const tokens: IndexedToken[] = [];
  const byLemma = new Map<number, number[]>();
  const byForm = new Map<string, number[]>();
  const partsByLemma = new Map<number, number[]>();
  const partsByForm = new Map<string, number[]>();
  let pendingBreak = true;
  let nextNewline = text.indexOf('\n');
  for (const token of tokenize(text)) {
    if (token.kind === 'punct') {
      // "Gzt.Ru" and "Лента.ру" are names, not two sentences: a break needs no letter right after.
      if (sentenceEnd.has(token.text) && !/[\p{L}\d]/u.test(text.charAt(token.end))) pendingBreak = true;
      continue;
    }
    if (nextNewline !== -1 && nextNewline < token.start) {
      pendingBreak = true;
      nextNewline = text.indexOf('\n', token.start);
    }
    const index = tokens.length;
    const folded = foldWord(token.text);
    const lemmaIds = token.kind === 'word' ? (lexicon.lemmaIds.get(folded) ?? []) : [];
    let parts: IndexedPart[] | null = null;
    if (token.kind === 'word' && /[-‐]/.test(token.text)) {
      parts = [];
      const re = /[^-‐]+/g;
      for (let m = re.exec(token.text); m && parts.length < maxParts; m = re.exec(token.text)) {
        const partFolded = foldWord(m[0]);
        const part: IndexedPart = {
          start: token.start + m.index,
          end: token.start + m.index + m[0].length,
          folded: partFolded,
          lemmaIds: lexicon.lemmaIds.get(partFolded) ?? [],
        };
        const ref = index * maxParts + parts.length;
        parts.push(part);
        push(partsByForm, partFolded, ref);
        for (const id of part.lemmaIds) push(partsByLemma, id, ref);
      }
    }
    tokens.push({
      start: token.start,
      end: token.end,
      folded,
      isNumber: token.kind === 'number',
      lemmaIds,
      parts,
      breakBefore: pendingBreak,
    });
    pendingBreak = false;
    push(byForm, folded, index);
    for (const id of lemmaIds) push(byLemma, id, index);
  }
  let folded: FoldedText | null = null;
  return {
    text,
    lexicon,
    tokens,
    byLemma,
    byForm,
    partsByLemma,
    partsByForm,
    foldedText: () => {
      folded ??= foldText(text);
      return folded;
    },
  };
}
