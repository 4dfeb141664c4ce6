import approxSearch from 'approx-string-match';
import type { Span } from '../types.ts';
import type { LinkSelector } from './create-link-selector.ts';
import { idHash, wordsHash } from './quote-id.ts';

/** Where a link's text was found in the current article, and how sure we are. */
export interface QuoteMatch extends Span {
  /** 0…1: 1 for the same words in the same context. */
  score: number;
  /** How it was found: by the quote's id, or by searching for its words. */
  via: 'id' | 'text';
  /** The words differ from the ones the link carries (case, ё and punctuation aside). */
  changed: boolean;
  /** The id of the current quote at that place, or null when the span is not one of `quotes`. */
  quoteId: string | null;
}

/**
 * Below this the best candidate is more likely other text than the quote: report "not
 * found" rather than highlight the wrong words. At 0.5 a candidate needs at least 70 % of
 * its characters right (the search bound below) and a context that half agrees.
 */
export const minScore = 0.5;
/**
 * At most this share of the quote's characters may differ. Higher finds more heavily
 * edited quotes but lets unrelated text of the same language through (two random Russian
 * sentences differ by about 60 % of their characters) and costs O(maxErrors / 32 · n).
 */
const maxErrorShare = 0.3;
const weights = { quote: 50, prefix: 20, suffix: 20, position: 2 };

/**
 * Finds a link's text in the current article: the quote with the link's id first (its
 * words are then unchanged by construction); otherwise the best approximate match of its
 * words, ranked by similarity of the words, the context on each side and the position
 * (Hypothesis' `match-quote`). Null when nothing scores `minScore`.
 */
export function matchQuote(
  text: string,
  selector: LinkSelector,
  quotes: readonly (Span & { id: string })[] = [],
): QuoteMatch | null {
  const byId = selector.id === null ? null : matchById(text, selector, selector.id, quotes);
  if (byId) return byId;
  const found = selector.tail === '' ? matchWhole(text, selector) : matchHeadAndTail(text, selector);
  if (!found || found.score < minScore) return null;
  const quote = overlappingQuote(found, quotes);
  // A quote the match covers almost exactly is that quote, only with shifted edges: use its span.
  const span = quote ?? found;
  const changed = wordsHash(text.slice(span.start, span.end)) !== selector.hash;
  return {
    start: span.start,
    end: span.end,
    score: found.score,
    via: 'text',
    changed,
    quoteId: quote?.id ?? null,
  };
}

/** The quote with the link's id; among its repeats (same words, `-2`, `-3`…) the one whose context fits best. */
function matchById(
  text: string,
  selector: LinkSelector,
  id: string,
  quotes: readonly (Span & { id: string })[],
): QuoteMatch | null {
  const hash = idHash(id);
  const same = quotes.filter((q) => idHash(q.id) === hash);
  if (!same.some((q) => q.id === id)) return null;
  let best: (typeof same)[number] | undefined;
  let bestScore = -1;
  for (const q of same) {
    const score = scoreCandidate(text, selector, { start: q.start, end: q.end, errors: 0 }, selector.length);
    if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && q.id === id)) {
      best = q;
      bestScore = score;
    }
  }
  if (!best) return null;
  return { start: best.start, end: best.end, score: 1, via: 'id', changed: false, quoteId: best.id };
}

interface Candidate extends Span {
  errors: number;
}

function matchWhole(text: string, selector: LinkSelector): (Span & { score: number }) | null {
  const candidates = search(text, selector.quote, maxErrorsFor(selector.quote));
  return best(
    candidates.map((c) => ({ ...c, score: scoreCandidate(text, selector, c, selector.quote.length) })),
  );
}

/**
 * A long text travels as head and tail only: find each, keep pairs in order whose
 * distance fits the old length within the error bound, and score the pair as one.
 */
function matchHeadAndTail(text: string, selector: LinkSelector): (Span & { score: number }) | null {
  const heads = search(text, selector.quote, maxErrorsFor(selector.quote));
  const tails = search(text, selector.tail, maxErrorsFor(selector.tail));
  const slack = Math.ceil(selector.length * maxErrorShare);
  const pairs: (Span & { score: number })[] = [];
  for (const h of heads) {
    for (const t of tails) {
      if (t.end <= h.start) continue;
      const length = t.end - h.start;
      if (Math.abs(length - selector.length) > slack) continue;
      const carried = selector.quote.length + selector.tail.length;
      const c = { start: h.start, end: t.end, errors: h.errors + t.errors };
      pairs.push({ start: c.start, end: c.end, score: scoreCandidate(text, selector, c, carried) });
    }
  }
  return best(pairs);
}

function maxErrorsFor(pattern: string): number {
  return Math.min(256, Math.floor(pattern.length * maxErrorShare));
}

function best<T extends { score: number; start: number }>(items: T[]): T | null {
  let top: T | null = null;
  for (const item of items) if (!top || item.score > top.score) top = item;
  return top;
}

/** Exact occurrences when there are any (the library does not shortcut them), else approximate ones. */
function search(text: string, pattern: string, maxErrors: number): Candidate[] {
  if (pattern.length === 0 || text.length === 0) return [];
  const exact: Candidate[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  if (exact.length > 0) return exact;
  return approxSearch(text, pattern, maxErrors);
}

/** 0…1 similarity of `str` to its best match inside `text`. */
function similarity(text: string, str: string): number {
  if (str.length === 0) return 1;
  if (text.length === 0) return 0;
  const [m] = search(text, str, str.length);
  return m ? 1 - m.errors / str.length : 0;
}

function scoreCandidate(text: string, selector: LinkSelector, c: Candidate, patternLength: number): number {
  const quoteScore = 1 - c.errors / Math.max(1, patternLength);
  const prefix = selector.prefix;
  const suffix = selector.suffix;
  const prefixScore = similarity(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix);
  const suffixScore = similarity(text.slice(c.end, c.end + suffix.length), suffix);
  const positionScore =
    text.length === 0 ? 0 : 1 - Math.min(1, Math.abs(c.start - selector.hint) / text.length);
  const raw =
    weights.quote * quoteScore +
    weights.prefix * prefixScore +
    weights.suffix * suffixScore +
    weights.position * positionScore;
  return raw / (weights.quote + weights.prefix + weights.suffix + weights.position);
}

/** The quote that shares most of its span with `span`, when each covers at least 80 % of the other. */
function overlappingQuote<Q extends Span & { id: string }>(span: Span, quotes: readonly Q[]): Q | null {
  let top: Q | null = null;
  let topOverlap = 0;
  for (const q of quotes) {
    const overlap = Math.min(q.end, span.end) - Math.max(q.start, span.start);
    if (overlap <= 0) continue;
    const fits = overlap >= 0.8 * (q.end - q.start) && overlap >= 0.8 * (span.end - span.start);
    if (fits && overlap > topOverlap) {
      top = q;
      topOverlap = overlap;
    }
  }
  return top;
}
