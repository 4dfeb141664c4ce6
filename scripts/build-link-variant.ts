/**
 * For the quote-link e2e tests: builds the bundled article as an editor might change it
 * into build/variants/edited/ (served by playwright.config.ts on E2E_PORT + 1000), and
 * writes what was changed to build/variants/edited.json. The edits are chosen from the
 * article's own analysis, so they follow whatever text is bundled:
 * - a sentence is added to the first block without quotes (an edit elsewhere);
 * - the first quote gets one word replaced (its link must re-anchor and say it changed);
 * - the last quote's paragraph is deleted (its link must say it is not found);
 * - the quotes in between are untouched (their links must open them as before).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildArticleData } from './lib/build-article-data.ts';
import { buildVariant, variantsDir } from './lib/build-variant.ts';
import { loadAzMorphology } from './lib/load-az-morphology.ts';

const root = path.resolve(import.meta.dirname, '..');
const text = readFileSync(path.join(root, 'src/article/article.txt'), 'utf8');
const { analysis } = buildArticleData(text, await loadAzMorphology());
const quotes = analysis.quotes;
const first = quotes[0];
const last = quotes.at(-1);
if (!first || !last || quotes.length < 3)
  throw new Error('the variant needs an article with at least three quotes');

const inside = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
  inner.start >= outer.start && inner.end <= outer.end;
const quiet = analysis.paragraphs.find(
  (b) => b.kind !== 'title' && b.kind !== 'rubric' && !quotes.some((q) => inside(b, q)),
);
const deleted = analysis.paragraphs.find((b) => inside(b, last));
if (!quiet || !deleted) throw new Error('no block without quotes, or the last quote is outside any block');

// One word of five or more letters near the middle of the first quote, replaced.
const words = [...text.slice(first.start, first.end).matchAll(/[А-Яа-яЁё]{5,}/g)];
const word = words[Math.floor(words.length / 2)];
if (!word) throw new Error('the first quote has no long word to edit');
const wordAt = first.start + (word.index ?? 0);
const replacement = 'по-новому';

// Apply from the end of the text backwards so earlier offsets stay valid.
const edits = [
  { start: deleted.start, end: deleted.end + 2, insert: '' },
  { start: wordAt, end: wordAt + word[0].length, insert: replacement },
  { start: quiet.start, end: quiet.start, insert: 'Редакция дополнила материал. ' },
].sort((a, b) => b.start - a.start);
let edited = text;
for (const e of edits) edited = edited.slice(0, e.start) + e.insert + edited.slice(e.end);

buildVariant('edited', edited);
writeFileSync(
  path.join(variantsDir, 'edited.json'),
  JSON.stringify(
    {
      edited: { id: first.id, removed: word[0], added: replacement },
      deleted: { id: last.id },
      unchanged: quotes
        .slice(1, -1)
        .filter((q) => !inside(deleted, q))
        .map((q) => ({ id: q.id, text: text.slice(q.start, q.end) })),
    },
    null,
    2,
  ),
);
