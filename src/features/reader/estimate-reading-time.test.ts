import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { estimateReadingTime, formatReadingTime } from './estimate-reading-time.ts';

describe('estimateReadingTime', () => {
  it('gives the bundled article 3–5 minutes', () => {
    const text = readFileSync(new URL('../../article/article.txt', import.meta.url), 'utf8');
    expect(formatReadingTime(estimateReadingTime(text))).toBe('3–5 мин');
  });

  it('never says less than a minute, and collapses an empty range', () => {
    expect(formatReadingTime(estimateReadingTime('Коротко.'))).toBe('1 мин');
  });

  test.prop([
    fc.string({ unit: 'grapheme', maxLength: 3000 }),
    fc.string({ unit: 'grapheme', maxLength: 3000 }),
  ])('a longer text never reads faster', (a, b) => {
    const short = estimateReadingTime(a);
    const long = estimateReadingTime(`${a} ${b}`);
    expect(long.min).toBeGreaterThanOrEqual(short.min);
    expect(long.max).toBeGreaterThanOrEqual(short.max);
    expect(long.max).toBeGreaterThanOrEqual(long.min);
  });
});
