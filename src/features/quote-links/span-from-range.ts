import type { Span } from '../../analysis/types.ts';
import type { MappedNode } from './dom-text-map.ts';

/**
 * The span of the text a DOM range (a reader's selection) covers; boundaries inside
 * interface text move to the nearest article text. Null when it covers no article text.
 */
export function spanFromRange(map: readonly MappedNode[], range: Range): Span | null {
  if (map.length === 0 || range.collapsed) return null;
  let start: number | null = null;
  let end: number | null = null;
  for (const m of map) {
    if (m.node === range.startContainer) start = m.start + range.startOffset;
    if (m.node === range.endContainer) end = m.start + range.endOffset;
  }
  // A boundary in interface text or between elements: the nearest article text inside the range.
  const inside = map.filter((m) => range.intersectsNode(m.node));
  if (start === null) start = inside[0]?.start ?? null;
  if (end === null) {
    const last = inside.at(-1);
    end = last ? last.start + last.node.length : null;
  }
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
