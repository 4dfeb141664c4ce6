import { diffWords, type WordDiffPart } from '../../analysis/anchoring/diff-words.ts';
import type { LinkTarget } from '../../analysis/anchoring/link-hash.ts';
import { matchQuote } from '../../analysis/anchoring/match-quote.ts';
import type { Analysis, Span } from '../../analysis/types.ts';

/**
 * What the reader shows for the URL's fragment:
 * - `quote`: the quote with `quoteId` is active (and `diff` says how its words changed, if they did);
 * - `fragment`: a span of the text is highlighted (with `diff` likewise);
 * - `missing`: the link's text is not in this article any more;
 * - `invalid`: the fragment looks like ours but is malformed (or hostile).
 */
export type LinkResolution =
  | { kind: 'quote'; quoteId: string; span: Span; diff: WordDiffPart[] | null }
  | { kind: 'fragment'; span: Span; diff: WordDiffPart[] | null }
  | { kind: 'missing' }
  | { kind: 'invalid' };

/**
 * Resolves a parsed fragment against the current analysis: a quote by id, else its
 * selector re-found by `matchQuote`; a fragment by its selector. Null for no link.
 */
export function resolveLink(analysis: Analysis, target: LinkTarget | null): LinkResolution | null {
  if (target === null) return null;
  if (target.kind === 'invalid') return { kind: 'invalid' };
  const { text, quotes } = analysis;
  if (target.kind === 'quote') {
    const direct = quotes.find((q) => q.id === target.id);
    const selector = target.selector;
    if (!selector)
      return direct
        ? { kind: 'quote', quoteId: direct.id, span: spanOf(direct), diff: null }
        : { kind: 'missing' };
    const match = matchQuote(text, selector, quotes);
    if (!match) return { kind: 'missing' };
    const diff = match.changed ? wordDiff(selector, text.slice(match.start, match.end)) : null;
    if (match.quoteId) return { kind: 'quote', quoteId: match.quoteId, span: spanOf(match), diff };
    return { kind: 'fragment', span: spanOf(match), diff };
  }
  const match = matchQuote(text, target.selector, quotes);
  if (!match) return { kind: 'missing' };
  const diff = match.changed ? wordDiff(target.selector, text.slice(match.start, match.end)) : null;
  return { kind: 'fragment', span: spanOf(match), diff };
}

/** Old words against new; a long text travels as head and tail, so those are compared, around an ellipsis. */
function wordDiff(selector: { quote: string; tail: string }, found: string): WordDiffPart[] {
  if (selector.tail === '') return diffWords(selector.quote, found);
  const around = (head: string, tail: string) => `${head} … ${tail}`;
  return diffWords(
    around(selector.quote, selector.tail),
    around(found.slice(0, selector.quote.length), found.slice(-selector.tail.length)),
  );
}

function spanOf(span: Span): Span {
  return { start: span.start, end: span.end };
}
