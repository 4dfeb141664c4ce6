import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAzMorphology } from '../../../scripts/lib/load-az-morphology.ts';
import { hostileText } from '../../test-support/russian-text-arbitraries.ts';
import { analyzeArticle } from '../analyze-article.ts';
import { analysisViolations } from '../fixtures/analysis-violations.ts';
import type { MorphAnalyzer } from '../morphology/morph-analyzer.ts';

let morph: MorphAnalyzer;
beforeAll(async () => {
  morph = await loadAzMorphology();
});

// News-shaped text with hostile characters, and arbitrary strings (lone surrogates included).
const hostile = fc.oneof(
  hostileText,
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ maxLength: 80 }),
);

describe('quotes and speakers on any input', () => {
  test.prop([hostile], { numRuns: 300 })(
    'never throw; spans lie in one paragraph; quotes nest or are disjoint',
    (input) => {
      expect(analysisViolations(analyzeArticle(input, morph))).toEqual([]);
    },
  );

  test.prop([hostileText], { numRuns: 200 })('give the same result for LF and CRLF line ends', (input) => {
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
      expect(analysisViolations(analyzeArticle(input, morph))).toEqual([]);
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
