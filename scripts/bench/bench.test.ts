import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFigure, median } from './bench-figure.ts';
import { generatedText } from './generated-text.ts';
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
