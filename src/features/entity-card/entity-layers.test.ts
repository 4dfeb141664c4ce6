import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleArticleAnalysis } from '../../test-support/sample-analysis.ts';
import { mentionMarks } from './entity-layers.ts';

const text = readFileSync(new URL('../../article/article.txt', import.meta.url), 'utf8');
const analysis = sampleArticleAnalysis(text);

describe('mentionMarks', () => {
  it('flags mentions that overlap another, and only those', () => {
    const marks = mentionMarks(analysis);
    const nested = marks.filter((m) => m.nested).map((m) => text.slice(m.start, m.end));
    expect(new Set(nested)).toEqual(new Set(['Президент РК Касым-Жомарт Токаев', 'РК']));
    expect(marks.filter((m) => !m.nested).length).toBeGreaterThan(20);
  });

  it('keeps only the asked-for types', () => {
    const marks = mentionMarks(analysis, new Set(['PER']));
    expect(new Set(marks.map((m) => m.entity.type))).toEqual(new Set(['PER']));
  });
});
