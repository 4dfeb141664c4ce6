import type { Span } from '../types.ts';

/** A span of text between a pair of quote marks, found by `findQuoteSpans`. */
export interface QuoteSpan extends Span {
  /** Offset of the opening mark (`start` is right after it). */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ended the quote unclosed. */
  close: number | null;
  /** 0 for an outermost span, 1 for a span inside it, … */
  depth: number;
  /** Index of the paragraph the span lies in. */
  paragraph: number;
  /** The span goes on a quote left unclosed at the end of the previous paragraph. */
  continuesPrevious: boolean;
}

type MarkKind = 'guillemet' | 'low' | 'curly' | 'straight';

interface Opener {
  kind: MarkKind;
  at: number;
}

// Deeper nesting than this is noise, and the cap keeps the stack search O(1) per mark.
const maxDepth = 6;

const wordly = /[\p{L}\p{N}]/u;
const spaceBefore = /[\s([{\u2014\u2013\-:/«„“'‘]/u;
const closeAfter = /[\s.,;:!?…)\]}»”"\u2014\u2013\-/']/u;

/**
 * Pairs quote marks within each paragraph: `«…»` (with `„…“` or `«…»` nested), curly
 * `“…”` and straight `"…"`, where a straight mark opens after a space, dash, colon or
 * bracket and closes before a space or punctuation. Marks that pair with nothing are
 * ignored. A span never crosses a paragraph: a quote still open at the paragraph's end
 * closes there, and when the next paragraph opens with a quote mark, or closes one it never
 * opened, that span is marked `continuesPrevious` (the latter has no opening mark: `open`
 * is the paragraph's start). Linear in the text; never throws.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  // The kind of the quote the previous paragraph left open, if it did.
  let carried: MarkKind | null = null;
  paragraphs.forEach((para, paragraph) => {
    const stack: Opener[] = [];
    const opensWithMark = isOpeningMark(text[para.start] ?? '');
    const firstIndex = spans.length;
    // `opener` null: the carried quote goes on from the paragraph's start, with no mark here.
    const emit = (opener: Opener | null, close: number | null, end: number) => {
      const start = opener ? opener.at + 1 : para.start;
      let inner = end;
      while (inner > start && /\s/.test(text[inner - 1] as string)) inner--;
      // Marks around nothing but marks or punctuation (`«««»»»`, an unclosed `«` alone)
      // quote nothing: neither speech nor a title, name or term.
      if (inner <= start || !wordly.test(text.slice(start, inner))) return;
      spans.push({
        start,
        end: inner,
        open: opener ? opener.at : para.start,
        close,
        depth: stack.length,
        paragraph,
        continuesPrevious: opener ? carried !== null && opensWithMark && opener.at === para.start : true,
      });
    };
    const closeTo = (index: number, at: number) => {
      // Openers above the matched one were never closed: drop them.
      stack.length = index + 1;
      const opener = stack.pop() as Opener;
      emit(opener, at, at);
    };
    // A quote left open may go on in a paragraph that does not repeat the opening mark and
    // ends with the closing one: «Первый абзац… ¶ Второй абзац», — сказал он.
    let waiting = opensWithMark ? null : carried;
    const closeCarried = (kind: MarkKind, at: number) => {
      if (waiting !== kind || stack.length > 0) return;
      waiting = null;
      emit(null, at, at);
    };
    for (let i = para.start; i < para.end; i++) {
      const ch = text[i] as string;
      if (ch === '«' || ch === '„') {
        waiting = null;
        if (stack.length < maxDepth) stack.push({ kind: ch === '«' ? 'guillemet' : 'low', at: i });
      } else if (ch === '»') {
        const index = findOpener(stack, 'guillemet');
        if (index >= 0) closeTo(index, i);
        else closeCarried('guillemet', i);
      } else if (ch === '“') {
        const low = findOpener(stack, 'low');
        if (low >= 0) closeTo(low, i);
        else if (canOpen(text, i, para) && stack.length < maxDepth) {
          waiting = null;
          stack.push({ kind: 'curly', at: i });
        }
      } else if (ch === '”') {
        const index = Math.max(findOpener(stack, 'curly'), findOpener(stack, 'low'));
        if (index >= 0) closeTo(index, i);
        else closeCarried('curly', i);
      } else if (ch === '"') {
        const index = findOpener(stack, 'straight');
        if (index >= 0 && canClose(text, i, para)) closeTo(index, i);
        else if (canOpen(text, i, para) && stack.length < maxDepth) stack.push({ kind: 'straight', at: i });
      }
    }
    // Quotes left open run to the paragraph's end. Straight marks are ambiguous, so an
    // unclosed one counts only when it opens the paragraph (a quote spanning paragraphs).
    let unclosed: MarkKind | null = null;
    while (stack.length > 0) {
      const opener = stack.pop() as Opener;
      if (stack.length > 0) continue;
      if (opener.kind !== 'straight' || opener.at === para.start) {
        emit(opener, null, para.end);
        unclosed = opener.kind;
      }
    }
    carried = unclosed;
    // Spans were pushed as they closed; callers want text order (outer before inner).
    sortSpans(spans, firstIndex);
  });
  return spans;
}

function findOpener(stack: readonly Opener[], kind: MarkKind): number {
  for (let i = stack.length - 1; i >= 0; i--) if ((stack[i] as Opener).kind === kind) return i;
  return -1;
}

function isOpeningMark(ch: string): boolean {
  return ch === '«' || ch === '„' || ch === '“' || ch === '"';
}

function canOpen(text: string, i: number, para: Span): boolean {
  const next = text[i + 1];
  if (i + 1 >= para.end || next === undefined || /\s/.test(next)) return false;
  return i === para.start || spaceBefore.test(text[i - 1] as string);
}

function canClose(text: string, i: number, para: Span): boolean {
  if (i === para.start || /\s/.test(text[i - 1] as string)) return false;
  return i + 1 >= para.end || closeAfter.test(text[i + 1] as string);
}

function sortSpans(spans: QuoteSpan[], from: number): void {
  const tail = spans.slice(from).sort((a, b) => a.open - b.open);
  for (let i = 0; i < tail.length; i++) spans[from + i] = tail[i] as QuoteSpan;
}
