/**
 * Bundle figures from the built page itself: the JS a first visit runs (initial-js.ts, as
 * the size budget counts it), the CSS it applies (inlined `<style>`, any linked
 * stylesheet, and the full stylesheet the app applies before hydrating), the HTML
 * document and the data it preloads, all gzip level 9 as size-limit counts them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialJs } from '../lib/initial-js.ts';
import type { BenchFigure } from './bench-figure.ts';

// kB of 1000 bytes, as size-limit reports them, so the two figures agree.
const gzipKb = (content: string | Buffer) => gzipSync(content, { level: 9 }).length / 1000;

/** Sizes of what `dist/index.html` makes a browser load before the reader is interactive. */
export function benchBundle(dist: string): BenchFigure[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const asset = (href: string) => readFileSync(path.join(dist, href.replace(/^\//, '')));
  const local = (href: string | undefined): href is string =>
    !!href?.startsWith('/') && !href.startsWith('//');
  /** The same-origin URLs the `<link>` elements that `pattern` matches point to (group 1). */
  const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]).filter(local);
  const assetsKb = (hrefs: string[]) => hrefs.reduce((sum, href) => sum + gzipKb(asset(href)), 0);

  const js = initialJs(html);
  const linkedCss = linked(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const fullCss = linked(/<link\b[^>]*rel="preload"[^>]*href="([^"]+)"[^>]*data-full-stylesheet/g);
  const preloadedData = linked(/<link\b[^>]*rel="preload"[^>]*as="fetch"[^>]*href="([^"]+)"/g);
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');

  return [
    {
      name: 'bundle initial JS (gzip)',
      value: assetsKb(js.files) + js.inline.reduce((sum, code) => sum + gzipKb(code), 0),
      unit: 'kB',
    },
    {
      name: 'bundle CSS before the first paint (gzip, inlined + linked)',
      value: (inlineCss.length > 0 ? gzipKb(inlineCss.join('')) : 0) + assetsKb(linkedCss),
      unit: 'kB',
    },
    {
      name: 'bundle CSS the app applies before hydrating (gzip)',
      value: assetsKb(fullCss),
      unit: 'kB',
    },
    { name: 'page HTML, prerendered (gzip)', value: gzipKb(html), unit: 'kB' },
    {
      name: 'article data the page preloads for hydration (gzip)',
      value: assetsKb(preloadedData),
      unit: 'kB',
    },
  ];
}
