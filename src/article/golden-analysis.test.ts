import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeAnalysis } from '../../scripts/lib/describe-analysis.ts';
import { loadAzMorphology } from '../../scripts/lib/load-az-morphology.ts';
import { analyzeArticle } from '../analysis/analyze-article.ts';

const here = import.meta.dirname;

describe('the bundled article', () => {
  it('analyses exactly as the reviewed golden file says (refresh: npm run golden)', async () => {
    const text = readFileSync(path.join(here, 'article.txt'), 'utf8');
    const golden: unknown = JSON.parse(readFileSync(path.join(here, 'golden/article.analysis.json'), 'utf8'));
    const analysis = analyzeArticle(text, await loadAzMorphology());
    expect(describeAnalysis(analysis)).toEqual(golden);
  });

  it('has the three speech quotes, all by Касым-Жомарт Токаев, and no title or term among them', async () => {
    const text = readFileSync(path.join(here, 'article.txt'), 'utf8');
    const analysis = analyzeArticle(text, await loadAzMorphology());
    const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
    expect(analysis.quotes.map((q) => [q.kind, names.get(q.speaker ?? '')])).toEqual([
      ['direct', 'Касым-Жомарт Токаев'],
      ['direct', 'Касым-Жомарт Токаев'],
      ['direct', 'Касым-Жомарт Токаев'],
    ]);
    expect(analysis.quoted.map((q) => [text.slice(q.start, q.end), q.kind])).toEqual([
      ['Известиям', 'title'],
      ['шанхайского духа', 'term'],
      ['шанхайскому духу', 'term'],
      ['Известиям', 'title'],
      ['Север-Юг', 'name'],
    ]);
  });
});
