import type { Block, Span } from '../../analysis/types.ts';

/** One hit as the results list shows it: the match with a little text either side. */
export interface HitContext {
  /** Index into the hits array: clicking the result makes it current. */
  hitIndex: number;
  before: string;
  match: string;
  after: string;
}

/** The hits of one block, in order. */
export interface HitGroup {
  blockIndex: number;
  contexts: HitContext[];
}

/** About this many characters of context each side, cut at a word boundary. */
const contextLength = 40;

/**
 * Groups hits by the block they start in, each with its context, cut at word boundaries
 * inside the block and marked with "…" where cut.
 */
export function hitContexts(text: string, blocks: readonly Block[], hits: readonly Span[]): HitGroup[] {
  const groups: HitGroup[] = [];
  let b = 0;
  hits.forEach((hit, hitIndex) => {
    while (b < blocks.length && (blocks[b] as Block).end <= hit.start) b++;
    const block = blocks[b];
    if (!block || block.start > hit.start) return;
    let from = Math.max(block.start, hit.start - contextLength);
    if (from > block.start) from = nextWordStart(text, from, hit.start);
    let to = Math.min(block.end, hit.end + contextLength);
    if (to < block.end) to = previousWordEnd(text, to, hit.end);
    const context: HitContext = {
      hitIndex,
      before: (from > block.start ? '…' : '') + text.slice(from, hit.start),
      match: text.slice(hit.start, Math.min(hit.end, block.end)),
      after: text.slice(Math.min(hit.end, block.end), to) + (to < block.end ? '…' : ''),
    };
    const last = groups[groups.length - 1];
    if (last?.blockIndex === b) last.contexts.push(context);
    else groups.push({ blockIndex: b, contexts: [context] });
  });
  return groups;
}

function nextWordStart(text: string, from: number, limit: number): number {
  const space = text.indexOf(' ', from);
  return space === -1 || space >= limit ? from : space + 1;
}

function previousWordEnd(text: string, to: number, limit: number): number {
  const space = text.lastIndexOf(' ', to);
  return space <= limit ? to : space;
}
