import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { placeCard, type Rect } from './place-card.ts';

const phone = { width: 360, height: 640 };
const card = { width: 320, height: 140 };
const word = (top: number, left: number, width = 80): Rect => ({
  top,
  bottom: top + 24,
  left,
  right: left + width,
});

describe('placeCard', () => {
  it('goes below a word with room under it', () => {
    expect(placeCard([word(100, 40)], { width: 240, height: 140 }, phone)).toEqual({
      top: 130,
      left: 40,
      side: 'below',
    });
  });

  it('goes above a word near the bottom of the screen', () => {
    expect(placeCard([word(560, 40)], card, phone)).toEqual({ top: 560 - 6 - 140, left: 32, side: 'above' });
  });

  it('stays on a 360 px screen for a word at its right edge', () => {
    expect(placeCard([word(100, 300, 50)], card, phone).left).toBe(360 - 320 - 8);
  });

  it('goes below the last line of a word that wraps', () => {
    expect(placeCard([word(100, 280), word(124, 16)], card, phone)).toMatchObject({
      top: 154,
      side: 'below',
    });
  });
});

const rect = fc
  .record({
    top: fc.integer({ min: -50, max: 900 }),
    left: fc.integer({ min: 0, max: 1400 }),
    h: fc.integer({ min: 10, max: 40 }),
    w: fc.integer({ min: 5, max: 300 }),
  })
  .map(({ top, left, h, w }): Rect => ({ top, bottom: top + h, left, right: left + w }));

test.prop([
  fc.array(rect, { minLength: 1, maxLength: 3 }),
  fc.record({ width: fc.integer({ min: 120, max: 340 }), height: fc.integer({ min: 40, max: 300 }) }),
  fc.record({ width: fc.integer({ min: 360, max: 1600 }), height: fc.integer({ min: 400, max: 1000 }) }),
])('the card never overlaps the word and fits the screen horizontally', (lines, size, viewport) => {
  const { top, left } = placeCard(lines, size, viewport);
  expect(left).toBeGreaterThanOrEqual(8);
  expect(left + size.width).toBeLessThanOrEqual(viewport.width - 8);
  for (const line of lines) {
    const overlapsX = left < line.right && line.left < left + size.width;
    const overlapsY = top < line.bottom && line.top < top + size.height;
    expect(overlapsX && overlapsY).toBe(false);
  }
});
