import type { Span } from '../../analysis/types.ts';

/** A span to mark inside a block, on a named layer (quote, quoted, entity, highlight …). */
export interface RunMark extends Span {
  layer: string;
  /** Unique within its layer: keys React elements and joins the pieces of a split mark. */
  key: string;
}

/** A zero-width insertion (a speaker chip, a permalink) at an offset in the text. */
export interface RunPoint {
  at: number;
  key: string;
}

/** A piece of marked text: children are nested runs; `piece` counts splits of one mark. */
export interface MarkRun<M extends RunMark, P extends RunPoint> {
  kind: 'mark';
  mark: M;
  /** 0 for the first element of this mark, 1, 2 … when crossing marks split it. */
  piece: number;
  start: number;
  end: number;
  children: Run<M, P>[];
}

/** Plain text between marks: the half-open range `[start, end)` of the analysed text. */
export interface TextRun {
  kind: 'text';
  start: number;
  end: number;
}

/** A zero-width insertion in the run tree. */
export interface PointRun<P extends RunPoint> {
  kind: 'point';
  point: P;
}

/** One node of a block's run tree. */
export type Run<M extends RunMark, P extends RunPoint = RunPoint> = TextRun | MarkRun<M, P> | PointRun<P>;

interface Open<M extends RunMark, P extends RunPoint> {
  mark: M;
  /** The mark's end, clipped to the block. */
  end: number;
  node: MarkRun<M, P>;
}

/**
 * Turns overlapping marks on a block into a tree of properly nested runs, so components
 * only render. `layers` orders layers from outermost to innermost (a quote wraps the
 * entity mentions inside it). Within a layer the earlier, then longer, mark is outer.
 * A mark is split into pieces only where an outer mark crosses it; a mark that every
 * outer mark either contains or avoids stays one element. Marks are clipped to the
 * block; empty marks and marks of unlisted layers are dropped. A point goes inside
 * exactly the marks that strictly span its offset.
 */
export function buildRuns<M extends RunMark, P extends RunPoint = RunPoint>(
  block: Span,
  marks: readonly M[],
  layers: readonly string[],
  points: readonly P[] = [],
): Run<M, P>[] {
  const rank = new Map(layers.map((layer, index) => [layer, index]));
  const clipped = marks
    .filter((m) => rank.has(m.layer) && Math.max(m.start, block.start) < Math.min(m.end, block.end))
    .map((mark, order) => ({
      mark,
      start: Math.max(mark.start, block.start),
      end: Math.min(mark.end, block.end),
      rank: rank.get(mark.layer) as number,
      order,
    }))
    .sort((a, b) => a.rank - b.rank || a.start - b.start || b.end - a.end || a.order - b.order);
  const inside = points
    .filter((p) => p.at >= block.start && p.at <= block.end)
    .map((point, order) => ({ point, order }))
    .sort((a, b) => a.point.at - b.point.at || a.order - b.order);

  const cuts = new Set<number>([block.start, block.end]);
  for (const m of clipped) cuts.add(m.start).add(m.end);
  for (const { point } of inside) cuts.add(point.at);
  const bounds = [...cuts].sort((a, b) => a - b);

  const root: Run<M, P>[] = [];
  const stack: Open<M, P>[] = [];
  const pieces = new Map<M, number>();
  const childrenOf = (depth: number) => (depth === 0 ? root : (stack[depth - 1] as Open<M, P>).node.children);
  let nextPoint = 0;

  for (let i = 0; i < bounds.length; i++) {
    const at = bounds[i] as number;
    // Points at this offset sit inside the marks that strictly span it.
    while (nextPoint < inside.length && (inside[nextPoint] as { point: P }).point.at === at) {
      let keep = 0;
      while (keep < stack.length) {
        const open = stack[keep] as Open<M, P>;
        if (!(open.node.start < at && open.end > at)) break;
        keep++;
      }
      stack.length = keep;
      childrenOf(stack.length).push({ kind: 'point', point: (inside[nextPoint] as { point: P }).point });
      nextPoint++;
    }
    const end = bounds[i + 1];
    if (end === undefined) break;
    const covering = clipped.filter((m) => m.start <= at && m.end >= end);
    let same = 0;
    while (same < stack.length && same < covering.length && stack[same]?.mark === covering[same]?.mark)
      same++;
    stack.length = same;
    for (let depth = same; depth < covering.length; depth++) {
      const { mark, end: markEnd } = covering[depth] as { mark: M; end: number };
      const piece = pieces.get(mark) ?? 0;
      pieces.set(mark, piece + 1);
      const node: MarkRun<M, P> = { kind: 'mark', mark, piece, start: at, end: at, children: [] };
      childrenOf(depth).push(node);
      stack.push({ mark, end: markEnd, node });
    }
    childrenOf(stack.length).push({ kind: 'text', start: at, end });
    for (const open of stack) open.node.end = end;
  }
  return root;
}
