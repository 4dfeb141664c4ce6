/**
 * `npm run golden`: recomputes the bundled article's analysis with the full dictionary and
 * writes it to src/article/golden/article.analysis.json for review (the diff is the review).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../src/analysis/analyze-article.ts';
import { describeAnalysis } from './lib/describe-analysis.ts';
import { loadAzMorphology } from './lib/load-az-morphology.ts';

const root = path.resolve(import.meta.dirname, '..');
const text = readFileSync(path.join(root, 'src/article/article.txt'), 'utf8');
const golden = describeAnalysis(analyzeArticle(text, await loadAzMorphology()));
const file = path.join(root, 'src/article/golden/article.analysis.json');
writeFileSync(file, `${JSON.stringify(golden, null, 2)}\n`);
console.log(
  `wrote ${path.relative(root, file)}: ${golden.quotes.length} quotes, ${golden.entities.length} entities`,
);
