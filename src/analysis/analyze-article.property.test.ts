/**
 * Properties of the whole pipeline over generated Russian news text and hostile input.
 * fast-check's default strings are ASCII, so the generators here are built from what
 * Russian news is made of (words, names, speech verbs, «»„“"” quotes, dashes, line ends)
 * and from what breaks parsers (controls, bidi, zero-width, combining marks, lone surrogates).
 */
import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect } from 'vitest';
import { loadAzMorphology } from '../../scripts/lib/load-az-morphology.ts';
import { analyzeArticle } from './analyze-article.ts';
import { analysisViolations } from './fixtures/analysis-violations.ts';
import type { MorphAnalyzer } from './morphology/morph-analyzer.ts';

let morph: MorphAnalyzer;
beforeAll(async () => {
  morph = await loadAzMorphology();
});

const words = [
  'Токаев',
  'Касым-Жомарт',
  'Путин',
  'Си Цзиньпин',
  'президент',
  'Казахстана',
  'ШОС',
  'ООН',
  'Астане',
  'Москве',
  'сказал',
  'заявил',
  'заявила',
  'отметил',
  'по словам',
  'как сообщает',
  'РИА Новости',
  'газета',
  'он',
  'она',
  'мы',
  'едины',
  'в',
  'на',
  'вопросах',
  'безопасности',
  'ёлка',
  'йод',
  'Север-Юг',
  '2025',
  '15,5',
  'Zakon.kz',
];
const punctuation = [
  '«',
  '»',
  '„',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  ', ',
  '. ',
  ': ',
  ' — ',
  ' – ',
  '-',
  '…',
  '!',
  '?',
  '(',
  ')',
];
const spacing = [' ', ' ', ' ', '\u00A0', '\t', '\n', '\n\n', '\r\n', '\r'];
const hostile = [
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u202E',
  '\u202D',
  '\u202C',
  '\u2066',
  '\u2069',
  '\u200F',
  '\u2028',
  '\u2029',
  '\u0301',
  '\u0308',
  'е\u0308',
  'и\u0306',
  '\uD800',
  '\uDFFF',
  '😀',
  '👨‍👩‍👧',
  '<script>',
  '</p>',
  '&lt;',
  '&#171;',
];

/** Text shaped like Russian news: words and names, separated by spaces and punctuation, in lines. */
const newsText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...words) },
      { weight: 3, arbitrary: fc.constantFrom(...punctuation) },
      { weight: 3, arbitrary: fc.constantFrom(...spacing) },
    ),
    {
      maxLength: 80,
    },
  )
  .map((parts) => parts.join(''));

/** News-shaped text with hostile characters mixed in. */
const hostileText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...words) },
      { weight: 3, arbitrary: fc.constantFrom(...punctuation) },
      { weight: 3, arbitrary: fc.constantFrom(...spacing) },
      { weight: 2, arbitrary: fc.constantFrom(...hostile) },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

/** Any UTF-16 string at all, lone surrogates included. */
const anyText = fc.string({ unit: 'binary', maxLength: 60 });

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
