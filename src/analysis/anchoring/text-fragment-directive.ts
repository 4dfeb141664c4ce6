import type { Span } from '../types.ts';

/** Words in each of the start and end terms before widening for uniqueness. */
const termWords = 4;
/** Spans of up to this many words go whole (`text=all`) instead of as a `start,end` range. */
const maxWholeWords = 8;

/**
 * A Text Fragment directive (`:~:text=start,end`, the short range form) for `span` of
 * `text`, to append after the app's own fragment. Browsers that open the link without our
 * scripts still scroll to and highlight the words. The start term grows until its first
 * occurrence in the text is the span's start, as a browser searches from the top.
 * Empty when the span has no words.
 */
export function textFragmentDirective(text: string, span: Span): string {
  const source = text.slice(span.start, span.end);
  const words = [...source.matchAll(/\S+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return '';
  const slice = (from: number, to: number) => source.slice(from, to).replace(/\s+/gu, ' ');
  if (words.length <= maxWholeWords) return `:~:text=${encodeTerm(slice(first.start, last.end))}`;
  const folded = text.toLowerCase();
  const at = (term: string, from: number) =>
    folded.length === text.length ? folded.indexOf(term.toLowerCase(), from) : text.indexOf(term, from);

  let startCount = Math.min(termWords, words.length - 1);
  while (startCount < words.length - 1) {
    const term = source.slice(first.start, (words[startCount - 1] as { end: number }).end);
    if (at(term, 0) === span.start + first.start) break;
    startCount++;
  }
  const startEnd = (words[startCount - 1] as { end: number }).end;
  let endCount = Math.min(termWords, words.length - startCount);
  while (endCount < words.length - startCount) {
    const term = source.slice((words[words.length - endCount] as { start: number }).start, last.end);
    if (at(term, span.start + startEnd) === span.start + last.end - term.length) break;
    endCount++;
  }
  const startTerm = slice(first.start, startEnd);
  const endTerm = slice((words[words.length - endCount] as { start: number }).start, last.end);
  return `:~:text=${encodeTerm(startTerm)},${encodeTerm(endTerm)}`;
}

/** Percent-encodes a term; `-`, `,` and `&` are the directive's own syntax and are encoded too. */
export function encodeTerm(term: string): string {
  // encodeURIComponent throws on a lone surrogate; it becomes U+FFFD as in a browser.
  const wellFormed = term.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  return encodeURIComponent(wellFormed).replace(/-/g, '%2D');
}
