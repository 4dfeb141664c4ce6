/**
 * `npm run --silent analyze -- FILE...`: the analysis CLI (CONTRACT.md section 2).
 * Prints one JSON object per file, one per line, in argument order. The dictionary loads
 * once for all files. A file that cannot be read or is not valid UTF-8 gets a message on
 * stderr; the others are still printed, and the exit status is 1 at the end.
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../src/analysis/analyze-article.ts';
import { loadAzMorphology } from './lib/load-az-morphology.ts';

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent analyze -- FILE...\n');
  process.exit(2);
}

const morph = await loadAzMorphology();
const decoder = new TextDecoder('utf-8', { fatal: true });
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = decoder.decode(readFileSync(file));
  } catch (error) {
    failed = true;
    const reason =
      error instanceof TypeError
        ? 'not valid UTF-8 text'
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`analyze: cannot read ${file}: ${reason}\n`);
    continue;
  }
  const analysis = analyzeArticle(text, morph);
  const line = JSON.stringify({
    file,
    text: analysis.text,
    paragraphs: analysis.paragraphs,
    quotes: analysis.quotes.map((q) => ({
      id: q.id,
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: q.speaker,
      speakerMention: q.speakerMention,
    })),
    entities: analysis.entities,
    quoted: analysis.quoted,
    source: analysis.source,
  });
  process.stdout.write(`${line}\n`);
}
process.exitCode = failed ? 1 : 0;
