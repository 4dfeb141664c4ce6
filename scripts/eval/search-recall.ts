/**
 * Search quality for `npm run eval`: on the development texts, search each named mention's
 * normalised name ("Россия") and count the mentions a hit covers ("России", "Россией").
 * Only mentions written as a form of their normalised name count (same number of words):
 * aliases such as "РФ" for "Россия" are the entity engine's job, not the matcher's.
 * Run alone with `npx tsx scripts/eval/search-recall.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MorphAnalyzer } from '../../src/analysis/morphology/morph-analyzer.ts';
import { buildLexicon } from '../../src/analysis/search/build-lexicon.ts';
import { buildSearchIndex } from '../../src/analysis/search/build-search-index.ts';
import { readLexicon } from '../../src/analysis/search/lexicon.ts';
import { searchMentions } from '../../src/analysis/search/search-mentions.ts';
import { loadAzMorphology } from '../lib/load-az-morphology.ts';

interface NerDoc {
  text: string;
  entities: {
    start: number;
    end: number;
    text: string;
    norm: string | null;
    pureName: boolean;
    discontinuous: boolean;
  }[];
}

/** Recall of name search over the development set, with the missed mentions as `norm ← text`. */
export async function evalSearchRecall(
  file: string,
  morph?: MorphAnalyzer,
): Promise<{ found: number; total: number; misses: string[] }> {
  const analyzer = morph ?? (await loadAzMorphology());
  let total = 0;
  let found = 0;
  const misses: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as NerDoc;
    const index = buildSearchIndex(doc.text, readLexicon(buildLexicon(doc.text, analyzer)));
    for (const e of doc.entities) {
      if (!e.norm || e.discontinuous || !e.pureName) continue;
      if (e.norm.split(' ').length !== e.text.split(' ').length) continue;
      total++;
      const { hits } = searchMentions(index, e.norm);
      if (hits.some((h) => h.start <= e.start && h.end >= e.end)) found++;
      else misses.push(`${e.norm} ← ${e.text}`);
    }
  }
  return { found, total, misses };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(import.meta.dirname, '../..');
  const file = [path.join(root, '../shared/eval/ner_dev.jsonl'), '/work/shared/eval/ner_dev.jsonl'].find(
    existsSync,
  );
  if (!file) throw new Error('ner_dev.jsonl not found beside the repository (../shared/eval)');
  const { found, total, misses } = await evalSearchRecall(file);
  console.log(`search name recall (dev): ${(found / total).toFixed(3)} (${found}/${total})`);
  if (process.argv.includes('--misses')) console.log(misses.join('\n'));
}
