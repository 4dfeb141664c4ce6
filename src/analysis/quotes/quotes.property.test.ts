import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAzMorphology } from '../../../scripts/lib/load-az-morphology.ts';
import { analyzeArticle } from '../analyze-article.ts';
import type { MorphAnalyzer } from '../morphology/morph-analyzer.ts';
import type { Analysis, Span } from '../types.ts';

let morph: MorphAnalyzer;
beforeAll(async () => {
  morph = await loadAzMorphology();
});

// Text built from what news quotes are made of, plus what breaks naive parsers.
const pieces = [
  '«',
  '»',
  '„',
  '“',
  '”',
  '"',
  "'",
  ' ',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  ', ',
  '. ',
  ': ',
  ' — ',
  ' – ',
  ',- ',
  '-',
  'сказал',
  'заявила',
  'по словам',
  'Токаев',
  'Касым-Жомарт',
  'он',
  'она',
  'газета',
  'так называемый',
  'Мы',
  'едины',
  'в',
  'вопросах',
  'ШОС',
  'Известиям',
  'Север-Юг',
  '\u200f',
  '\u202e',
  '\u0000',
  '\t',
  '\uFEFF',
  '😀',
  'ё',
  'é',
];
const newsish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
const hostile = fc.oneof(newsish, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 80 }));

function within(span: Span, outer: Span): boolean {
  return outer.start <= span.start && span.end <= outer.end;
}

function checkInvariants(a: Analysis): void {
  const spans = [...a.quotes, ...a.quoted];
  for (const span of spans) {
    expect(span.start).toBeLessThan(span.end);
    expect(a.paragraphs.some((p) => within(span, p))).toBe(true);
  }
  for (const q of a.quotes) {
    if (q.speaker !== null) expect(a.entities.some((e) => e.id === q.speaker)).toBe(true);
    for (const r of a.quotes) {
      const disjoint = q.end <= r.start || r.end <= q.start;
      const nested = within(q, r) || within(r, q);
      expect(disjoint || nested).toBe(true);
    }
  }
  for (const e of a.entities) for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(a.text.length);
}

describe('quotes and speakers on any input', () => {
  test.prop([hostile], { numRuns: 300 })(
    'never throw; spans lie in one paragraph; quotes nest or are disjoint',
    (input) => {
      checkInvariants(analyzeArticle(input, morph));
    },
  );

  test.prop([newsish], { numRuns: 200 })('give the same result for LF and CRLF line ends', (input) => {
    const lf = input.replace(/\r\n?/g, '\n');
    expect(analyzeArticle(lf.replace(/\n/g, '\r\n'), morph)).toEqual(analyzeArticle(lf, morph));
  });

  it('stays linear on hostile strings of 100k characters', { timeout: 30_000 }, () => {
    const hostileInputs = [
      '«'.repeat(100_000),
      '"'.repeat(100_000),
      '« " „ “ '.repeat(12_500),
      `${'«а, — сказал'.repeat(8_000)}»`,
      `«${'слово, — '.repeat(10_000)}»`,
      `${'"а" '.repeat(25_000)}`,
      `: ${'Токаев '.repeat(14_000)}«х»`,
    ];
    for (const input of hostileInputs) {
      checkInvariants(analyzeArticle(input, morph));
      // The best of two runs: the machine is shared, and a cold JIT is not what this measures.
      const times = [0, 1].map(() => {
        const t0 = performance.now();
        analyzeArticle(input, morph);
        return performance.now() - t0;
      });
      expect(Math.min(...times), input.slice(0, 20)).toBeLessThan(1000);
    }
  });

  it('handles a 5 MB paragraph, a BOM and control characters', () => {
    const sentence = '«Мы едины в вопросах развития», — сказал Токаев. Газета «Известия» пишет. ';
    const big = `\uFEFF${sentence.repeat(Math.ceil(5_000_000 / sentence.length))}\u0000\u202e`;
    const a = analyzeArticle(big, morph);
    expect(a.text.startsWith('«')).toBe(true);
    expect(a.quotes.length).toBeGreaterThan(60_000);
    expect(a.quoted.length).toBe(a.quotes.length);
  }, 60_000);
});
