import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { quotePagePath } from '../../src/analysis/anchoring/share-url.ts';
import type { ArticleData } from '../../src/article/article-data.ts';

/** One static page to write: its path inside dist/ and its HTML. */
export interface PreviewPage {
  file: string;
  html: string;
}

/** Longest og:title and og:description: longer ones are cut at a word by chats anyway. */
const maxTitle = 110;
const maxDescription = 280;

/**
 * One page per quote at `q/<id>/index.html`, for link previews: the prerendered article
 * (`page`, already final) with its own `<title>`, description, Open Graph and Twitter card
 * naming the quote and its speaker. It needs no JavaScript: crawlers read the meta, people
 * read the article, and the shared URL's Text Fragment scrolls to the words. `siteUrl`
 * (ending in `/`) adds `og:url` and a canonical link when the site's address is known.
 */
export function quotePreviewPages(page: string, data: ArticleData, siteUrl?: string): PreviewPage[] {
  const { analysis } = data;
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const title = analysis.paragraphs.find((b) => b.kind === 'title');
  const articleTitle = title ? oneLine(analysis.text.slice(title.start, title.end)) : '';
  const outlet = analysis.source ? (names.get(analysis.source) ?? null) : null;
  return analysis.quotes.map((quote) => {
    const words = oneLine(analysis.text.slice(quote.start, quote.end));
    const speaker = quote.speaker ? (names.get(quote.speaker) ?? null) : null;
    const head = speaker ? `${speaker}: ` : '';
    const ogTitle = `${head}«${cut(words, maxTitle - head.length - 2)}»`;
    const description = [`«${cut(words, maxDescription)}»`, speaker, articleTitle, outlet]
      .filter(Boolean)
      .join(' — ');
    const meta: [attribute: 'name' | 'property', key: string, content: string][] = [
      ['name', 'description', description],
      ['property', 'og:type', 'article'],
      ['property', 'og:site_name', 'Читалка'],
      ['property', 'og:locale', 'ru_RU'],
      ['property', 'og:title', ogTitle],
      ['property', 'og:description', description],
      ['name', 'twitter:card', 'summary'],
      ['name', 'twitter:title', ogTitle],
      ['name', 'twitter:description', description],
    ];
    const url = siteUrl ? `${siteUrl}${quotePagePath(quote.id)}` : null;
    if (url) meta.push(['property', 'og:url', url]);
    const tags =
      meta
        .map(([attribute, key, content]) => `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`)
        .join('') + (url ? `<link rel="canonical" href="${escapeHtml(url)}">` : '');
    const html = page.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(ogTitle)}</title>${tags}`);
    return { file: `${quotePagePath(quote.id)}index.html`, html };
  });
}

/** Text for an HTML attribute or element: `&`, `<`, `>`, `"` and `'` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The text on one line: runs of whitespace, line breaks included, become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, Math.max(1, max - 1));
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,.;:–—-]+$/u, '')}…`;
}

/**
 * The build's step for shared links, after the page is final: a preview page per quote,
 * and the reader as `404.html`, so a link whose quote page is gone after an edit still
 * opens the article, which re-finds the quote or says it is gone.
 */
export function writeQuotePages(dist: string, data: ArticleData, siteUrl?: string): void {
  const page = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const site = siteUrl && /^https?:\/\//.test(siteUrl) ? siteUrl.replace(/\/?$/, '/') : undefined;
  for (const { file, html } of quotePreviewPages(page, data, site)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), html);
  }
  writeFileSync(path.join(dist, '404.html'), page);
}
