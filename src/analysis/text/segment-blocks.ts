import type { Block, BlockKind } from '../types.ts';

// Anything a reader can see: not whitespace, not a control (Cc), not a format character (Cf).
const visible = /[^\s\p{Cc}\p{Cf}]/u;

/**
 * Splits a news text into blocks at blank lines (a single line break also ends a block:
 * news feeds often put one paragraph per line). The first block is the title, the second
 * the lead when there is a body after it, and a short last block without sentence
 * punctuation ("Новости") is the rubric. A line with nothing visible on it (only controls,
 * zero-width or bidi characters) is blank.
 */
export function segmentBlocks(text: string): Block[] {
  const spans: { start: number; end: number }[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    // A line of controls, zero-width or bidi characters only would be an empty-looking paragraph.
    if (end > start && visible.test(text.slice(start, end))) spans.push({ start, end });
  }
  return spans.map((span, index) => ({ ...span, kind: blockKind(text, span, index, spans.length) }));
}

function blockKind(
  text: string,
  span: { start: number; end: number },
  index: number,
  count: number,
): BlockKind {
  if (index === 0) return 'title';
  const words = text.slice(span.start, span.end);
  if (index === count - 1 && count > 2 && words.length <= 40 && !/[.!?…:;»"]$/.test(words)) return 'rubric';
  if (index === 1 && count > 2) return 'lead';
  return 'paragraph';
}
