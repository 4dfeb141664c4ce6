import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createStaticServer } from '../lib/static-server.ts';
import { formatFigure, median } from './bench-figure.ts';
import { benchBundle } from './bundle.ts';
import { generatedText } from './generated-text.ts';
import { writeStaticSites } from './page-load.ts';
import { staticArticlePage } from './static-page.ts';

const article = readFileSync(path.resolve(import.meta.dirname, '../../src/article/article.txt'), 'utf8');
const blocksOf = (text: string) => text.split(/\n\s*\n/).map((block) => block.trim());

describe('generatedText', () => {
  const long = generatedText(article, 1 << 20);

  it('is at least as long as asked, and the same on every run', () => {
    expect(long.length).toBeGreaterThanOrEqual(1 << 20);
    expect(generatedText(article, 1 << 20)).toBe(long);
    expect(generatedText(article, 1 << 20, 7)).not.toBe(long);
  });

  it("is made of the article's own title and paragraphs, each quote kept whole", () => {
    const original = new Set(blocksOf(article));
    const blocks = blocksOf(long);
    expect(blocks[0]).toBe(blocksOf(article)[0]);
    for (const block of blocks) expect(original.has(block)).toBe(true);
    for (const block of blocks) expect((block.match(/"/g) ?? []).length % 2).toBe(0);
    // Short blocks (the rubric) are left out after the title.
    for (const block of blocks.slice(1)) expect(block.length).toBeGreaterThanOrEqual(40);
  });
});

describe('figures', () => {
  it('print as `name: value unit`', () => {
    expect(formatFigure({ name: 'LCP reader', value: 668.4, unit: 'ms' })).toBe('LCP reader: 668 ms');
    expect(formatFigure({ name: 'analysis time (article)', value: 0.01234, unit: 'ms' })).toBe(
      'analysis time (article): 0.012 ms',
    );
    expect(formatFigure({ name: 'ratio', value: 1.104, unit: 'x' })).toBe('ratio: 1.10 x');
  });

  it('take the middle value', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('staticArticlePage', () => {
  const style = {
    fontFamily: 'Georgia',
    fontSize: '19px',
    fontWeight: '400',
    lineHeight: '30px',
    margin: '0px',
  };
  it('shows hostile article text as text', () => {
    const html = staticArticlePage(['Заголовок <b>', '<img src=x onerror=alert(1)> & «ШОС»'], {
      title: style,
      lead: style,
      paragraph: style,
      columnWidth: '680px',
      background: 'rgb(255, 255, 255)',
      color: 'rgb(0, 0, 0)',
    });
    expect(html).toContain('<h1>Заголовок &lt;b&gt;</h1>');
    expect(html).toContain('<p>&lt;img src=x onerror=alert(1)&gt; &amp; «ШОС»</p>');
    expect(html).not.toContain('<script');
  });
});

describe('staticArticlePage typography', () => {
  it("gives the paragraph after the title the reader's lead style, and the rest the paragraph style", () => {
    const text = (fontSize: string) => ({
      fontFamily: 'Georgia',
      fontSize,
      fontWeight: '400',
      lineHeight: '1.5',
      margin: '0px',
    });
    const html = staticArticlePage(['Заголовок', 'Лид', 'Абзац'], {
      title: text('37px'),
      lead: text('21px'),
      paragraph: text('19px'),
      columnWidth: '665px',
      background: 'rgb(255, 255, 255)',
      color: 'rgb(0, 0, 0)',
    });
    expect(html).toContain('h1+p{font-family:Georgia;font-size:21px');
    expect(html).toContain('}p{font-family:Georgia;font-size:19px');
    expect(html).toContain('<h1>Заголовок</h1><p>Лид</p><p>Абзац</p>');
  });
});

describe('writeStaticSites', () => {
  /** The headers a server started on `dir` sends with its page. */
  async function pageHeaders(dir: string) {
    const server = createStaticServer(dir);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      return { headers: response.headers, html: await response.text() };
    } finally {
      server.close();
    }
  }

  it('serves the static page as the reader is served, and a bare copy with no policy', async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'chitalka-bench-test-'));
    try {
      const page =
        '<!doctype html><html lang="ru"><head><meta charset="UTF-8"><style>p{margin:0}</style></head>' +
        '<body><p>ШОС</p></body></html>';
      const sites = writeStaticSites(scratch, page);
      const served = await pageHeaders(sites.served);
      expect(served.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(served.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(served.html).toContain('http-equiv="Content-Security-Policy"');
      const bare = await pageHeaders(sites.bare);
      expect(bare.headers.get('cross-origin-opener-policy')).toBeNull();
      expect(bare.headers.get('content-security-policy')).toBeNull();
      expect(bare.html).toBe(page);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('benchBundle', () => {
  it('counts the module, its preloads and inline scripts as initial JS, but not the JSON data', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'chitalka-bundle-'));
    try {
      mkdirSync(path.join(dist, 'assets'));
      const entry = 'export const a = 1;'.repeat(50);
      const prePaint = 'document.documentElement.dataset.theme = "dark";';
      writeFileSync(path.join(dist, 'assets', 'index.js'), entry);
      writeFileSync(
        path.join(dist, 'index.html'),
        `<html><head><script data-pre-paint>${prePaint}</script></head><body>` +
          `<script type="application/json" id="chitalka-data">{"big":"${'x'.repeat(5000)}"}</script>` +
          '<script type="module" src="/assets/index.js"></script></body></html>',
      );
      const js = benchBundle(dist).find((figure) => figure.name === 'bundle initial JS (gzip)');
      const kb = (text: string) => gzipSync(text, { level: 9 }).length / 1000;
      expect(js?.value).toBeCloseTo(kb(entry) + kb(prePaint), 6);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
