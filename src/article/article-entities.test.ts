import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAzMorphology } from '../../scripts/lib/load-az-morphology.ts';
import { analyzeArticle } from '../analysis/analyze-article.ts';

const morph = await loadAzMorphology();

describe('the bundled article', () => {
  const text = readFileSync(path.resolve(import.meta.dirname, 'article.txt'), 'utf8');
  const analysis = analyzeArticle(text, morph);
  const entity = (type: string, name: string) =>
    analysis.entities.find((e) => e.type === type && e.name === name);
  const forms = (type: string, name: string) =>
    new Set(entity(type, name)?.mentions.map((m) => analysis.text.slice(m.start, m.end)) ?? []);

  it('finds and links every entity the reader shows', () => {
    expect(forms('PER', 'Касым-Жомарт Токаев')).toEqual(
      new Set([
        'Президент РК',
        'Касым-Жомарт Токаев',
        'президент',
        'Токаев',
        'его',
        'казахстанский лидер',
        'Президент',
        'Он',
      ]),
    );
    expect(forms('PER', 'Владимир Путин')).toEqual(new Set(['Президента России', 'Владимира Путина']));
    expect(forms('LOC', 'Казахстан')).toEqual(
      new Set(['РК', 'Казахстан', 'Казахстана', 'Казахстаном', 'казахстанско']),
    );
    expect(forms('LOC', 'Россия')).toEqual(
      new Set(['Россия', 'России', 'Россией', 'российское', 'российским']),
    );
    expect(forms('ORG', 'ШОС')).toEqual(new Set(['ШОС', 'Организации']));
    expect(forms('LOC', 'Алматы')).toEqual(new Set(['Алматы']));
    expect(forms('MEDIA', 'Известия')).toEqual(new Set(['Известиям']));
    expect(forms('MEDIA', 'Zakon.kz')).toEqual(new Set(['Zakon.kz']));
    expect(forms('ORG', 'Центр информационной безопасности ШОС')).toEqual(
      new Set(['Центра информационной безопасности ШОС']),
    );
  });

  it('credits Zakon.kz as the source', () => {
    expect(analysis.source).toBe(entity('MEDIA', 'Zakon.kz')?.id);
  });
});
