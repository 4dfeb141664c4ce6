/**
 * `npm run build`: the production site in dist/.
 * 1. analyse the bundled article with the full dictionary (Node only);
 * 2. build the client bundle with Vite;
 * 3. build the server renderer and prerender the reader into index.html, with the saved
 *    theme and size applied by an inline script before the first paint; the data is
 *    published at /data/article.json and preloaded by the page (not inlined: the page's
 *    bytes are its first paint, and the app needs the data only to hydrate);
 * 4. inline the CSS and write the security policy (meta element and dist/_headers);
 * 5. write a link-preview page per quote (q/ID/index.html) and the reader as 404.html.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { buildLexicon } from '../src/analysis/search/build-lexicon.ts';
import { normalizeText } from '../src/analysis/text/normalize-text.ts';
import { segmentBlocks } from '../src/analysis/text/segment-blocks.ts';
import { articleDataUrl } from '../src/article/article-data-url.ts';
import { withArticleTitle } from './lib/article-page-title.ts';
import { buildArticleData } from './lib/build-article-data.ts';
import { finishDist } from './lib/finish-dist.ts';
import { loadAzMorphology } from './lib/load-az-morphology.ts';
import { buildPrePaintScript, withPrePaintScript } from './lib/pre-paint-script.ts';
import { writeQuotePages } from './lib/quote-preview-pages.ts';

const root = path.resolve(import.meta.dirname, '..');
// CHITALKA_ARTICLE and CHITALKA_DIST build another text into another folder (e2e variants).
const dist = path.resolve(root, process.env.CHITALKA_DIST ?? 'dist');
const serverOut = process.env.CHITALKA_DIST ? `${dist}-server` : path.join(root, 'build', 'server');

const t0 = performance.now();
const articleFile = path.resolve(root, process.env.CHITALKA_ARTICLE ?? 'src/article/article.txt');
const text = readFileSync(articleFile, 'utf8');
// An empty page is an editor's slip, not an article: refuse it (before loading the dictionary) rather than publish it.
if (segmentBlocks(normalizeText(text)).length === 0) {
  console.error(
    `${articleFile}: the article has no text to show (it is empty, or only spaces and invisible characters); nothing was built.`,
  );
  process.exit(1);
}
const data = buildArticleData(text, await loadAzMorphology());
console.log(`analysed the article in ${(performance.now() - t0).toFixed(0)} ms`);

rmSync(dist, { recursive: true, force: true });
await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: serverOut, emptyOutDir: true },
});

const { render } = (await import(pathToFileURL(path.join(serverOut, 'entry-server.js')).href)) as {
  render: (d: typeof data) => string;
};
const template = readFileSync(path.join(dist, 'index.html'), 'utf8');
const page = withPrePaintScript(withArticleTitle(template, data), await buildPrePaintScript())
  .replace('<!--app-html-->', () => render(data))
  .replace('<!--app-data-->', () => `<link rel="preload" as="fetch" href="${articleDataUrl}" crossorigin>`);
writeFileSync(path.join(dist, 'index.html'), page);
mkdirSync(path.join(dist, 'data'), { recursive: true });
writeFileSync(path.join(dist, 'data', 'article.json'), JSON.stringify(data));
// The search lexicon (every form of every lemma in the text), fetched when the reader searches.
const lexicon = buildLexicon(data.analysis.text, await loadAzMorphology());
writeFileSync(path.join(dist, 'data', 'lexicon.json'), JSON.stringify(lexicon));
await finishDist(dist);
// After finishDist: the quote pages copy the final page, so the same policy hashes allow them.
writeQuotePages(dist, data, process.env.SITE_URL);
console.log(`built dist/ in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
