import type { Span } from '../../analysis/types.ts';
import { displayText } from '../../ui/display-text.ts';

/** A text node that shows part of the analysed text, and where that part starts in it. */
export interface MappedNode {
  node: Text;
  start: number;
}

/** Interface text inside the article (speaker chips, buttons, icons) is never article text. */
const uiText = '[data-quote-chip], [data-quote-share], button, svg, [aria-hidden="true"], .visually-hidden';

/**
 * Aligns the text nodes under `root` with `text`, in document order: a node is article
 * text when it occurs next in `text` with only whitespace (block breaks) skipped. Meta
 * lines, chips and other interface text fail that test and are left out, so this needs no
 * knowledge of the markup beyond "text is rendered as text, in order".
 */
export function mapTextNodes(root: Element, text: string): MappedNode[] {
  const mapped: MappedNode[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let cursor = 0;
  // The page shows NUL as U+FFFD (one for one, so offsets agree): compare with what it shows.
  const shown = displayText(text);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length === 0 || node.parentElement?.closest(uiText)) continue;
    const at = shown.indexOf(value, cursor);
    if (at === -1 || shown.slice(cursor, at).trim() !== '') continue;
    mapped.push({ node: node as Text, start: at });
    cursor = at + value.length;
  }
  return mapped;
}

/** A DOM range covering `span` of the text, or null when the span is not on the page. */
export function rangeFromSpan(map: readonly MappedNode[], span: Span): Range | null {
  const startNode = map.find((m) => m.start <= span.start && span.start < m.start + m.node.length);
  const endNode = map.findLast((m) => m.start < span.end && span.end <= m.start + m.node.length);
  if (!startNode || !endNode) return null;
  const range = startNode.node.ownerDocument.createRange();
  range.setStart(startNode.node, span.start - startNode.start);
  range.setEnd(endNode.node, span.end - endNode.start);
  return range;
}
