import { describe, expect, it } from 'vitest';
import type { Block } from '../../analysis/types.ts';
import { hitContexts } from './hit-contexts.ts';
import { stepHit } from './step-hit.ts';

const text =
  'Казахстан и Россия\n\nПо его словам Россия играет активную роль в продвижении инициированных Казахстаном переговоров по созданию Центра информационной безопасности ШОС.';
const blocks: Block[] = [
  { start: 0, end: 18, kind: 'title' },
  { start: 20, end: text.length, kind: 'paragraph' },
];
const hitsOf = (word: string) => {
  const hits = [];
  for (let s = text.indexOf(word); s !== -1; s = text.indexOf(word, s + 1))
    hits.push({ start: s, end: s + word.length });
  return hits;
};

describe('hitContexts', () => {
  it('groups hits by block with context cut at word boundaries', () => {
    const groups = hitContexts(text, blocks, hitsOf('Россия'));
    expect(groups.map((g) => g.blockIndex)).toEqual([0, 1]);
    expect(groups[0]?.contexts[0]).toEqual({
      hitIndex: 0,
      before: 'Казахстан и ',
      match: 'Россия',
      after: '',
    });
    expect(groups[1]?.contexts[0]).toEqual({
      hitIndex: 1,
      before: 'По его словам ',
      match: 'Россия',
      after: ' играет активную роль в продвижении…',
    });
  });

  it('puts several hits of one block in one group', () => {
    const hits = [...hitsOf('Россия'), ...hitsOf('ШОС')].sort((a, b) => a.start - b.start);
    const groups = hitContexts(text, blocks, hits);
    expect(groups.map((g) => g.contexts.map((c) => `${c.hitIndex}:${c.match}`))).toEqual([
      ['0:Россия'],
      ['1:Россия', '2:ШОС'],
    ]);
  });
});

describe('stepHit', () => {
  it('moves forward and back, wrapping around', () => {
    expect(stepHit(null, 3, 1)).toBe(0);
    expect(stepHit(null, 3, -1)).toBe(2);
    expect(stepHit(2, 3, 1)).toBe(0);
    expect(stepHit(0, 3, -1)).toBe(2);
    expect(stepHit(0, 0, 1)).toBe(null);
  });
});
