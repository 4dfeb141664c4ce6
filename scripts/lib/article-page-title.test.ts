import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../src/article/article-data.ts';
import { withArticleTitle } from './article-page-title.ts';

const page = '<head><title>Читалка</title></head>';
const data = (text: string, title: boolean) =>
  ({
    analysis: { text, paragraphs: title ? [{ kind: 'title', start: 0, end: text.indexOf('\n\n') }] : [] },
  }) as unknown as ArticleData;

describe('withArticleTitle', () => {
  it('names the article, then the reader', () => {
    const text = 'Президент РК назвал ШОС\nгарантом безопасности\n\nТекст.';
    expect(withArticleTitle(page, data(text, true))).toBe(
      '<head><title>Президент РК назвал ШОС гарантом безопасности — Читалка</title></head>',
    );
  });

  it('escapes markup in the title', () => {
    const text = '<script>alert(1)</script> & «Известия»\n\nТекст.';
    expect(withArticleTitle(page, data(text, true))).toBe(
      '<head><title>&#60;script&#62;alert(1)&#60;/script&#62; &#38; «Известия» — Читалка</title></head>',
    );
  });

  it('keeps the product name when the text has no title', () => {
    expect(withArticleTitle(page, data('Текст без заголовка.', false))).toBe(page);
  });
});
