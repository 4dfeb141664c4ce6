import { type Token, tokenize } from '../text/tokenize.ts';
import type { Span } from '../types.ts';
import type { WordFacts } from './word-facts.ts';

/** One paragraph's tokens with their dictionary facts and the spans inside quote marks. */
export interface ParagraphView {
  text: string;
  start: number;
  end: number;
  tokens: readonly Token[];
  facts(token: Token): WordFacts;
  /** Outer quote spans of this paragraph, marks included, in text order. */
  quoted: readonly Span[];
}

/** Builds the view of one paragraph; `facts` is shared across paragraphs (it caches). */
export function viewParagraph(
  text: string,
  paragraph: Span,
  quoted: readonly Span[],
  facts: (word: string) => WordFacts,
): ParagraphView {
  return {
    text,
    start: paragraph.start,
    end: paragraph.end,
    tokens: tokenize(text, paragraph.start, paragraph.end),
    facts: (token) => facts(token.text),
    quoted,
  };
}

/** Index of the first token that starts at or after `pos`. */
export function tokenAt(view: ParagraphView, pos: number): number {
  let lo = 0;
  let hi = view.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((view.tokens[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The outer quoted span (marks included) that contains `pos`, if any. */
export function quotedAt(view: ParagraphView, pos: number): Span | undefined {
  let lo = 0;
  let hi = view.quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((view.quoted[mid] as Span).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const span = view.quoted[lo];
  return span && span.start <= pos && pos < span.end ? span : undefined;
}

/** The outer quoted span that holds all of tokens [from, to), when the window lies inside one. */
export function enclosingQuote(view: ParagraphView, from: number, to: number): Span | undefined {
  const first = view.tokens[from];
  const last = view.tokens[to - 1];
  if (!first || !last || to <= from) return undefined;
  const quote = quotedAt(view, first.start);
  return quote && last.end <= quote.end ? quote : undefined;
}
