import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { foldText, foldWord, sourceSpan } from './fold-text.ts';

describe('foldWord', () => {
  it('lower-cases and reads ё as е', () => {
    expect(foldWord('ПАРТНЁРСКИХ')).toBe('партнерских');
    expect(foldWord('Ещё')).toBe('еще');
  });

  it('folds typographic hyphens and apostrophes', () => {
    expect(foldWord('Север‐Юг О’Нил')).toBe("север-юг о'нил");
  });
});

describe('foldText', () => {
  it('maps a match back across a character that lower-cases to two', () => {
    const source = 'İstanbul и Россия';
    const folded = foldText(source);
    expect(folded.folded.length).toBe(source.length + 1);
    const at = folded.folded.indexOf('россия');
    const span = sourceSpan(folded, at, at + 'россия'.length);
    expect(source.slice(span.start, span.end)).toBe('Россия');
    expect(sourceSpan(folded, 0, 1)).toEqual({ start: 0, end: 1 });
  });

  it('keeps folding after a character that grew', () => {
    expect(foldText('İЁЖ').folded).toBe('i̇еж');
  });
});

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...'ЁёЕİIßΣς𝔸АаZz-‐’ '), maxLength: 40 }),
);

test.prop([anyText])(
  'folding keeps an offset for every folded unit, in order, within the source',
  (source) => {
    const { folded, starts, ends } = foldText(source);
    expect(starts.length).toBe(folded.length);
    expect(foldWord(source)).toBe(folded);
    for (let k = 0; k < folded.length; k++) {
      expect(starts[k]).toBeLessThan(ends[k] as number);
      expect(ends[k]).toBeLessThanOrEqual(source.length);
      if (k > 0) expect(starts[k]).toBeGreaterThanOrEqual(starts[k - 1] as number);
    }
  },
);

test.prop([anyText, fc.nat(), fc.nat()])(
  'any folded range maps to a source slice that folds to contain it',
  (source, a, b) => {
    const { folded } = foldText(source);
    if (folded.length === 0) return;
    const from = a % folded.length;
    const to = from + 1 + (b % (folded.length - from));
    const span = sourceSpan(foldText(source), from, to);
    expect(foldWord(source.slice(span.start, span.end))).toContain(folded.slice(from, to));
  },
);
