import { tokenize } from '../text/tokenize.ts';
import type { Span } from '../types.ts';
import type { IndexedToken, SearchIndex } from './build-search-index.ts';
import { maxParts } from './build-search-index.ts';
import { foldWord, sourceSpan } from './fold-text.ts';

// A module of its own, so the search box can show the limit without loading the engine.
import { maxQueryLength } from './max-query-length.ts';

export { maxQueryLength };

/** Unknown words this long or longer also match words they begin ("Казах" finds "Казахстаном"). */
const minPrefixLength = 3;

export interface SearchOptions {
  /** Also match related words: "Россия" finds "российский", "Казахстан" "казахстанский". */
  related?: boolean;
}

/** How the query was understood. */
export type SearchMode = 'empty' | 'words' | 'literal';

export interface SearchResult {
  /** The query as searched: cut to `maxQueryLength`, NFC, control characters dropped. */
  query: string;
  /** The input was longer than `maxQueryLength` and was cut. */
  truncated: boolean;
  mode: SearchMode;
  /** Matches in text order, never overlapping: `[start, end)` into the indexed text. */
  hits: Span[];
}

/** One query word, ready to compare with tokens. */
interface QueryWord {
  folded: string;
  lemmaIds: ReadonlySet<number>;
  /** Numbers match as written; unknown words also by prefix. */
  prefix: boolean;
}

/** Cuts, normalises and cleans a raw query (any string: markup, 10,000 characters, lone surrogates). */
export function cleanQuery(raw: string): { query: string; truncated: boolean } {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point.
  let query = raw.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060\ufeff]/g, ' ');
  let truncated = false;
  if (query.length > maxQueryLength) {
    truncated = true;
    let cut = maxQueryLength;
    const code = query.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    query = query.slice(0, cut);
  }
  query = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  return { query, truncated };
}

/**
 * Finds every mention of the query in the indexed text: each word in any inflected form
 * (by lemma, through the lexicon), case-insensitive with ё = е; several words as a phrase
 * of consecutive words within a sentence; numbers and unknown words as written (unknown
 * words also as a prefix); a query of punctuation only as a literal string. Never throws.
 */
export function searchMentions(
  index: SearchIndex,
  rawQuery: string,
  options: SearchOptions = {},
): SearchResult {
  const { query, truncated } = cleanQuery(rawQuery);
  if (!query) return { query, truncated, mode: 'empty', hits: [] };
  const words = tokenize(query).filter((t) => t.kind !== 'punct');
  if (words.length === 0) return { query, truncated, mode: 'literal', hits: literalHits(index, query) };
  const queryWords = words.map((w) => toQueryWord(index, w.text, w.kind === 'number', options));
  const hits =
    queryWords.length === 1 ? wordHits(index, queryWords[0] as QueryWord) : phraseHits(index, queryWords);
  return { query, truncated, mode: 'words', hits };
}

function toQueryWord(index: SearchIndex, text: string, isNumber: boolean, options: SearchOptions): QueryWord {
  const folded = foldWord(text);
  const lemmaIds = new Set<number>(isNumber ? [] : (index.lexicon.lemmaIds.get(folded) ?? []));
  if (options.related) {
    for (const id of [...lemmaIds])
      for (const other of index.lexicon.related.get(id) ?? []) lemmaIds.add(other);
  }
  return { folded, lemmaIds, prefix: !isNumber && lemmaIds.size === 0 && folded.length >= minPrefixLength };
}

function tokenMatches(token: IndexedToken, word: QueryWord): boolean {
  if (token.folded === word.folded) return true;
  if (token.isNumber) return false;
  if (token.lemmaIds.some((id) => word.lemmaIds.has(id))) return true;
  if (word.prefix && token.folded.startsWith(word.folded)) return true;
  return (
    token.parts?.some(
      (p) =>
        p.folded === word.folded ||
        p.lemmaIds.some((id) => word.lemmaIds.has(id)) ||
        (word.prefix && p.folded.startsWith(word.folded)),
    ) ?? false
  );
}

/** Marks whole tokens (1) and parts (2 + part index) that match one word. */
function markWord(index: SearchIndex, word: QueryWord): Int8Array {
  const marks = new Int8Array(index.tokens.length);
  const markToken = (i: number) => {
    marks[i] = 1;
  };
  const markPart = (ref: number) => {
    const i = Math.floor(ref / maxParts);
    if (marks[i] !== 1) marks[i] = 2 + (ref % maxParts);
  };
  const forms = [word.folded];
  if (word.prefix) for (const form of index.byForm.keys()) if (form.startsWith(word.folded)) forms.push(form);
  for (const form of forms) for (const i of index.byForm.get(form) ?? []) markToken(i);
  for (const id of word.lemmaIds) for (const i of index.byLemma.get(id) ?? []) markToken(i);
  const partForms = [word.folded];
  if (word.prefix)
    for (const form of index.partsByForm.keys()) if (form.startsWith(word.folded)) partForms.push(form);
  for (const form of partForms) for (const ref of index.partsByForm.get(form) ?? []) markPart(ref);
  for (const id of word.lemmaIds) for (const ref of index.partsByLemma.get(id) ?? []) markPart(ref);
  return marks;
}

function wordHits(index: SearchIndex, word: QueryWord): Span[] {
  const marks = markWord(index, word);
  const hits: Span[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as number;
    if (mark === 0) continue;
    const token = index.tokens[i] as IndexedToken;
    const span = mark === 1 ? token : (token.parts?.[mark - 2] ?? token);
    hits.push({ start: span.start, end: span.end });
  }
  return hits;
}

function phraseHits(index: SearchIndex, words: readonly QueryWord[]): Span[] {
  const [first, ...rest] = words as [QueryWord, ...QueryWord[]];
  const marks = markWord(index, first);
  const hits: Span[] = [];
  const { tokens } = index;
  for (let i = 0; i < marks.length; i++) {
    if (marks[i] === 0) continue;
    const lastIndex = i + rest.length;
    if (lastIndex >= tokens.length) break;
    let ok = true;
    for (let k = 0; k < rest.length && ok; k++) {
      const token = tokens[i + 1 + k] as IndexedToken;
      ok = !token.breakBefore && tokenMatches(token, rest[k] as QueryWord);
    }
    if (!ok) continue;
    hits.push({ start: (tokens[i] as IndexedToken).start, end: (tokens[lastIndex] as IndexedToken).end });
    i = lastIndex; // hits never overlap
  }
  return hits;
}

function literalHits(index: SearchIndex, query: string): Span[] {
  const needle = foldWord(query);
  const folded = index.foldedText();
  const hits: Span[] = [];
  for (
    let at = folded.folded.indexOf(needle);
    at !== -1;
    at = folded.folded.indexOf(needle, at + needle.length)
  ) {
    hits.push(sourceSpan(folded, at, at + needle.length));
  }
  return hits;
}
