/** The reader's typography, read from its rendered page, that the static page copies. */
export interface Typography {
  title: TextStyle;
  /** The first paragraph after the title (the reader's lead). */
  lead: TextStyle;
  paragraph: TextStyle;
  /** The article column's width and page colours, as computed CSS values. */
  columnWidth: string;
  background: string;
  color: string;
}

/** Computed CSS of one kind of text block. */
export interface TextStyle {
  fontFamily: string;
  fontSize: string;
  fontWeight: string;
  lineHeight: string;
  margin: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const declarations = (style: TextStyle) =>
  `font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight};` +
  `line-height:${style.lineHeight};margin:${style.margin}`;

/**
 * The lower bound the reader is measured against: the same article as plain HTML with
 * the same fonts, sizes and measure, its CSS inline, and no JavaScript at all.
 * `blocks[0]` is the title; the rest are paragraphs, the first of them styled as the lead.
 */
export function staticArticlePage(blocks: readonly string[], typography: Typography): string {
  const [title = '', ...paragraphs] = blocks;
  const css =
    `body{margin:0;background:${typography.background};color:${typography.color}}` +
    `article{max-width:${typography.columnWidth};margin:0 auto;padding:0 1rem}` +
    `h1{${declarations(typography.title)}}p{${declarations(typography.paragraph)}}` +
    `h1+p{${declarations(typography.lead)}}`;
  return [
    '<!doctype html><html lang="ru"><head><meta charset="UTF-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><style>${css}</style></head><body><main><article lang="ru">`,
    `<h1>${escapeHtml(title)}</h1>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    '</article></main></body></html>',
  ].join('');
}
