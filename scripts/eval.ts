/**
 * `npm run eval`: scores the analysis on ../shared/eval by the protocol in its README and
 * prints `name: value` lines. `--details` also prints every failure, per document.
 */
import path from 'node:path';
import { analyzeArticle } from '../src/analysis/analyze-article.ts';
import { evalDir, readJsonl } from './eval/read-jsonl.ts';
import { runEntityEval } from './eval/score-entities.ts';
import { addQuoteCounts, type QuotesDoc, quoteFigures, scoreQuotes } from './eval/score-quotes.ts';
import { loadAzMorphology } from './lib/load-az-morphology.ts';

const root = path.resolve(import.meta.dirname, '..');
const dir = evalDir(root);
const details = process.argv.includes('--details');
const morph = await loadAzMorphology();

const quoteDocs = readJsonl<QuotesDoc>(path.join(dir, 'quotes_dev.jsonl'));
let quoteCounts = scoreQuotes({ id: '', text: '', quotes: [], nonSpeechQuotes: [] }, emptyAnalysis());
for (const doc of quoteDocs) {
  const counts = scoreQuotes(doc, analyzeArticle(doc.text, morph));
  if (details && counts.failures.length > 0)
    console.log(`# ${doc.id}\n${counts.failures.map((f) => `  ${f}`).join('\n')}`);
  quoteCounts = addQuoteCounts(quoteCounts, counts);
}
for (const [name, value] of quoteFigures(quoteCounts)) console.log(`${name}: ${value}`);
await runEntityEval({ errors: details });

function emptyAnalysis() {
  return { text: '', paragraphs: [], quotes: [], quoted: [], entities: [], source: null };
}
