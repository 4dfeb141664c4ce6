/**
 * Search figures for `npm run bench`: latency per query (median and p95) on the bundled
 * article and on a text of 1 MB or more, measured with the same modules the browser runs
 * (`buildSearchIndex`, `searchMentions`), and the lexicon's size as shipped (gzip).
 * Run alone with `npx tsx scripts/bench/search.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { MorphAnalyzer } from '../../src/analysis/morphology/morph-analyzer.ts';
import { buildLexicon } from '../../src/analysis/search/build-lexicon.ts';
import { buildSearchIndex, type SearchIndex } from '../../src/analysis/search/build-search-index.ts';
import { readLexicon } from '../../src/analysis/search/lexicon.ts';
import { searchMentions } from '../../src/analysis/search/search-mentions.ts';
import { loadAzMorphology } from '../lib/load-az-morphology.ts';
import { type BenchFigure, formatFigure } from './bench-figure.ts';

const root = path.resolve(import.meta.dirname, '../..');
const oneMegabyte = 1 << 20;

/** What a reader types: words in other cases, a phrase, a prefix, a number, punctuation, a miss, related words. */
const queries: { query: string; related?: boolean }[] = [
  { query: 'Россия' },
  { query: 'Токаева' },
  { query: 'сказать' },
  { query: 'президент' },
  { query: 'шанхайский дух' },
  { query: 'Президент РК Касым-Жомарт Токаев' },
  { query: 'Казах' },
  { query: '2024' },
  { query: '«' },
  { query: 'в' },
  { query: 'бегемот' },
  { query: 'Россия', related: true },
];

/** A text of at least 1 MB: the development texts (when present) and the article, repeated. */
export function largeText(article: string): string {
  const pieces = [article];
  for (const dir of [path.join(root, '../shared/eval'), '/work/shared/eval']) {
    const file = path.join(dir, 'ner_dev.jsonl');
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line.trim()) pieces.push((JSON.parse(line) as { text: string }).text);
    }
    break;
  }
  const unit = pieces.join('\n\n');
  const copies = Math.ceil(oneMegabyte / unit.length);
  return Array.from({ length: copies }, () => unit).join('\n\n');
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function latency(index: SearchIndex, rounds: number): { median: number; p95: number } {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const { query, related } of queries) {
      const t0 = performance.now();
      searchMentions(index, query, { related: related ?? false });
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** Measures search on the bundled article and on a ≥ 1 MB text. */
export async function benchSearch(morph?: MorphAnalyzer): Promise<BenchFigure[]> {
  const analyzer = morph ?? (await loadAzMorphology());
  const article = readFileSync(path.join(root, 'src/article/article.txt'), 'utf8');
  const figures: BenchFigure[] = [];
  const lexicon = buildLexicon(article, analyzer);
  figures.push({
    name: 'search lexicon size (article, gzip)',
    value: gzipSync(JSON.stringify(lexicon), { level: 9 }).length / 1024,
    unit: 'KB',
  });
  const small = buildSearchIndex(article, readLexicon(lexicon));
  latency(small, 5); // warm-up
  const smallLatency = latency(small, 200);
  figures.push({ name: 'search latency median (article)', value: smallLatency.median, unit: 'ms' });
  figures.push({ name: 'search latency p95 (article)', value: smallLatency.p95, unit: 'ms' });

  const text = largeText(article);
  const bigLexicon = readLexicon(buildLexicon(text, analyzer));
  const t0 = performance.now();
  const big = buildSearchIndex(text, bigLexicon);
  figures.push({
    name: `search index build (${(text.length / 1e6).toFixed(2)} M chars)`,
    value: performance.now() - t0,
    unit: 'ms',
  });
  latency(big, 2);
  const bigLatency = latency(big, 10);
  figures.push({ name: 'search latency median (1 MB text)', value: bigLatency.median, unit: 'ms' });
  figures.push({ name: 'search latency p95 (1 MB text)', value: bigLatency.p95, unit: 'ms' });
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const figure of await benchSearch()) console.log(formatFigure(figure));
}
