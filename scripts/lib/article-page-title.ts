import type { ArticleData } from '../../src/article/article-data.ts';
import { escapeHtml, oneLine } from './quote-preview-pages.ts';

/**
 * The reader's page titled after its article ("<title> — Читалка"), so a browser tab,
 * a bookmark and a history entry say what is being read. A text without a title block
 * keeps the product name alone.
 */
export function withArticleTitle(page: string, data: ArticleData): string {
  const { analysis } = data;
  const block = analysis.paragraphs.find((b) => b.kind === 'title');
  const title = block ? oneLine(analysis.text.slice(block.start, block.end)) : '';
  if (!title) return page;
  return page.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)} — Читалка</title>`);
}
