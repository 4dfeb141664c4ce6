import { describe, expect, it } from 'vitest';
import { pluralRu } from './plural-ru.ts';

const mentions = { one: 'упоминание', few: 'упоминания', many: 'упоминаний' };
const say = (n: number) => `${n} ${pluralRu(n, mentions)}`;

describe('pluralRu', () => {
  it('agrees with the number the way Russian does', () => {
    expect([0, 1, 2, 4, 5, 7, 11, 12, 14, 21, 22, 25, 101, 111, 112, 1001].map(say)).toEqual([
      '0 упоминаний',
      '1 упоминание',
      '2 упоминания',
      '4 упоминания',
      '5 упоминаний',
      '7 упоминаний',
      '11 упоминаний',
      '12 упоминаний',
      '14 упоминаний',
      '21 упоминание',
      '22 упоминания',
      '25 упоминаний',
      '101 упоминание',
      '111 упоминаний',
      '112 упоминаний',
      '1001 упоминание',
    ]);
  });
});
