import type { Span } from '../types.ts';
import { wordsHash } from './quote-id.ts';

/**
 * What a shared link carries to find its text again after the article changes: the
 * quote's id, its words (whole, or head and tail when long), a little text on each side,
 * and where it was. Modelled on the W3C TextQuoteSelector + TextPositionSelector pair.
 */
export interface LinkSelector {
  /** The quote's id when the link is to a quote; null for a selected fragment. */
  id: string | null;
  /** The exact text when `tail` is empty; otherwise its first `headTailLength` characters. */
  quote: string;
  /** The last characters of a long text whose middle is not carried; '' when `quote` is whole. */
  tail: string;
  /** The text's length in UTF-16 code units. */
  length: number;
  /** `wordsHash` of the whole text: tells whether its words changed even when only head and tail travel. */
  hash: string;
  /** Up to `contextLength` characters just before the text. */
  prefix: string;
  /** Up to `contextLength` characters just after the text. */
  suffix: string;
  /** Where the text started: a tie-breaker between equally good matches. */
  hint: number;
}

/** Characters of context kept on each side: enough to tell repeated words apart. */
export const contextLength = 32;
/** Texts up to this long travel whole, so the reader can show a full word diff. */
export const maxExactLength = 600;
/** Characters of head and of tail kept for a longer text. */
export const headTailLength = 160;

/** The selector for `span` of `text`: for a quote pass its id, for a selected fragment null. */
export function createLinkSelector(text: string, span: Span, id: string | null): LinkSelector {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const words = text.slice(start, end);
  const whole = words.length <= maxExactLength;
  return {
    id,
    quote: whole ? words : words.slice(0, headTailLength),
    tail: whole ? '' : words.slice(-headTailLength),
    length: words.length,
    hash: wordsHash(words),
    prefix: text.slice(Math.max(0, start - contextLength), start),
    suffix: text.slice(end, end + contextLength),
    hint: start,
  };
}
