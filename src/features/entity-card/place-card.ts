/** A rectangle in viewport coordinates, as `getClientRects()` returns. */
export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where a card goes, in viewport coordinates, and on which side of its word. */
export interface CardPlacement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

const gap = 6;
const margin = 8;

/**
 * Places a card next to the word it explains without ever covering it: below the word's
 * lowest line box when it fits (or when there is more room below than above), otherwise
 * above its highest one, aligned with the nearest line; kept inside the viewport horizontally with a small margin.
 */
export function placeCard(
  lines: readonly Rect[],
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPlacement {
  const first = lines[0] ?? { top: 0, bottom: 0, left: 0, right: 0 };
  const last = lines.at(-1) ?? first;
  const bottom = Math.max(...lines.map((line) => line.bottom), first.bottom);
  const top = Math.min(...lines.map((line) => line.top), first.top);
  const roomBelow = viewport.height - bottom - gap;
  const roomAbove = top - gap;
  const below = card.height <= roomBelow || roomBelow >= roomAbove;
  const anchor = below ? last : first;
  const maxLeft = Math.max(margin, viewport.width - card.width - margin);
  const left = Math.min(maxLeft, Math.max(margin, anchor.left));
  return below
    ? { top: bottom + gap, left, side: 'below' }
    : { top: top - gap - card.height, left, side: 'above' };
}
