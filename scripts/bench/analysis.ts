/**
 * Analysis figures: how long the OpenCorpora dictionary takes to load, how long the
 * bundled article takes to analyse, and throughput on the article and on a ≥ 1 MB text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../../src/analysis/analyze-article.ts';
import type { MorphAnalyzer } from '../../src/analysis/morphology/morph-analyzer.ts';
import { type BenchFigure, median } from './bench-figure.ts';
import { generatedText } from './generated-text.ts';

const oneMegabyte = 1 << 20;

/** Runs `work` until `runs` timings or `budgetMs` is spent (at least once), and returns the timings. */
function time(work: () => void, runs: number, budgetMs: number): number[] {
  const timings: number[] = [];
  const started = performance.now();
  while (timings.length < runs && (timings.length === 0 || performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    work();
    timings.push(performance.now() - t0);
  }
  return timings;
}

/** Measures the dictionary load (given its loader) and the analysis of the article and of a long text. */
export async function benchAnalysis(
  root: string,
  loadMorphology: () => Promise<MorphAnalyzer>,
): Promise<{ figures: BenchFigure[]; morph: MorphAnalyzer }> {
  const figures: BenchFigure[] = [];
  const t0 = performance.now();
  const morph = await loadMorphology();
  figures.push({ name: 'dictionary load (az, OpenCorpora)', value: performance.now() - t0, unit: 'ms' });

  const article = readFileSync(path.join(root, 'src/article/article.txt'), 'utf8');
  time(() => analyzeArticle(article, morph), 3, 2_000); // warm-up: JIT and the analyzer's caches
  const articleMs = median(time(() => analyzeArticle(article, morph), 15, 10_000));
  figures.push({ name: 'analysis time (article)', value: articleMs, unit: 'ms' });
  figures.push({
    name: 'analysis throughput (article)',
    value: article.length / (articleMs / 1000),
    unit: 'chars/s',
  });

  const long = generatedText(article, oneMegabyte);
  const longMs = median(time(() => analyzeArticle(long, morph), 3, 20_000));
  figures.push({ name: 'generated text size', value: long.length, unit: 'chars' });
  figures.push({ name: 'analysis time (1 MB text)', value: longMs, unit: 'ms' });
  figures.push({
    name: 'analysis throughput (1 MB text)',
    value: long.length / (longMs / 1000),
    unit: 'chars/s',
  });
  return { figures, morph };
}
