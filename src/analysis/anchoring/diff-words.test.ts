import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { diffWords, type WordDiffPart } from './diff-words.ts';

/** Diff notation: unchanged words plain, removed as [-…-], added as {+…+}. */
const show = (parts: WordDiffPart[]) =>
  parts
    .map((p) => (p.op === 'same' ? p.text : p.op === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`))
    .join(' ');

describe('diffWords', () => {
  it('marks a replaced word', () => {
    expect(show(diffWords('Возлагаю большие надежды на успех', 'Возлагаю огромные надежды на успех'))).toBe(
      'Возлагаю [-большие-] {+огромные+} надежды на успех',
    );
  });

  it('marks added and removed runs', () => {
    expect(show(diffWords('Это важный показатель отношений', 'Это, безусловно, важный показатель'))).toBe(
      '[-Это-] {+Это, безусловно,+} важный показатель [-отношений-]',
    );
  });

  it('ignores spacing but not punctuation', () => {
    expect(show(diffWords('ШОС  созвучны', 'ШОС\nсозвучны'))).toBe('ШОС созвучны');
    expect(show(diffWords('созвучны.', 'созвучны'))).toBe('[-созвучны.-] {+созвучны+}');
  });

  it('handles empty sides', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(show(diffWords('', 'Новая цитата'))).toBe('{+Новая цитата+}');
    expect(show(diffWords('Старая цитата', ''))).toBe('[-Старая цитата-]');
  });
});

const sentence = fc.array(
  fc.constantFrom('ШОС', 'Казахстан', 'и', 'Россия', 'объединили', 'усилия', '—', 'её'),
  {
    maxLength: 30,
  },
);

test.prop([sentence, sentence])('old and new words are each recovered from the diff', (a, b) => {
  const parts = diffWords(a.join(' '), b.join(' '));
  const side = (skip: WordDiffPart['op']) =>
    parts
      .filter((p) => p.op !== skip)
      .map((p) => p.text)
      .join(' ');
  expect(side('added')).toBe(a.join(' '));
  expect(side('removed')).toBe(b.join(' '));
});

test.prop([sentence, sentence])('the unchanged words are a longest common subsequence', (a, b) => {
  const same = diffWords(a.join(' '), b.join(' '))
    .filter((p) => p.op === 'same')
    .flatMap((p) => p.text.split(' '));
  // Reference LCS length by plain dynamic programming.
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      (dp[i] as number[])[j] =
        a[i - 1] === b[j - 1]
          ? ((dp[i - 1] as number[])[j - 1] as number) + 1
          : Math.max((dp[i - 1] as number[])[j] as number, (dp[i] as number[])[j - 1] as number);
  expect(same.length).toBe((dp[a.length] as number[])[b.length]);
});
