/**
 * Properties of the whole pipeline over generated Russian news text and hostile input
 * (the generators are in src/test-support/russian-text-arbitraries.ts).
 */
import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { loadAzMorphology } from '../../scripts/lib/load-az-morphology.ts';
import { anyText, hostileText, newsText } from '../test-support/russian-text-arbitraries.ts';
import { analyzeArticle } from './analyze-article.ts';
import { analysisViolations } from './fixtures/analysis-violations.ts';
import type { MorphAnalyzer } from './morphology/morph-analyzer.ts';

let morph: MorphAnalyzer;
beforeAll(async () => {
  morph = await loadAzMorphology();
});

const anyInput = fc.oneof(newsText, hostileText, anyText);

// Each run analyses a few short texts; 150 runs keep the file at a few seconds on 2 cores.
// PROPERTY_RUNS=5000 searches harder.
const numRuns = Number(process.env.PROPERTY_RUNS ?? 150);

// Generous per-test time: the runs are quick, but the machine is shared.
describe('analyzeArticle over generated input', { timeout: 30_000 }, () => {
  test.prop([anyInput], { numRuns })('never throws, and every invariant holds', (input) => {
    expect(analysisViolations(analyzeArticle(input, morph))).toEqual([]);
  });

  test.prop([fc.oneof(newsText, hostileText)], { numRuns })(
    'analyses CRLF, lone CR and a BOM exactly as the LF text',
    (input) => {
      const lf = analyzeArticle(input.replace(/\r\n?/g, '\n'), morph);
      expect(analyzeArticle(input.replace(/\r\n?|\n/g, '\r\n'), morph)).toEqual(lf);
      expect(analyzeArticle(input.replace(/\r\n?|\n/g, '\r'), morph)).toEqual(lf);
      expect(analyzeArticle(`\uFEFF${input}`, morph)).toEqual(lf);
    },
  );

  test.prop([fc.oneof(newsText, hostileText)], { numRuns })(
    'analyses decomposed (NFD) text exactly as composed (NFC) text',
    (input) => {
      expect(analyzeArticle(input.normalize('NFD'), morph)).toEqual(
        analyzeArticle(input.normalize('NFC'), morph),
      );
    },
  );

  test.prop([anyInput], { numRuns })(
    'is idempotent: analysing its own text gives the same analysis',
    (input) => {
      const once = analyzeArticle(input, morph);
      expect(analyzeArticle(once.text, morph)).toEqual(once);
    },
  );

  test.prop([newsText], { numRuns })('keeps text that is already normalised exactly as given', (input) => {
    const clean = input.replace(/\r\n?/g, '\n').normalize('NFC');
    expect(analyzeArticle(clean, morph).text).toBe(clean);
  });
});
