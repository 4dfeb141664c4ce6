import { describe, expect, it } from 'vitest';
import { sha256Source } from './content-security-policy.ts';
import { hardenPage } from './harden-page.ts';
import { inlineCriticalCss } from './inline-critical-css.ts';

const css = [
  'p{margin:0 0 1em}',
  '.quote:target{background:#dde8f7}',
  '.search-panel{display:grid}',
  '@media (prefers-color-scheme:dark){:root:not([data-theme]){--bg:#18181b}}',
  ':focus-visible{outline:2px solid}',
  ':root[data-theme=dark]{--bg:#18181b}:root[data-theme=sepia]{--bg:#f6efdf}',
  ':root[data-font-step="2"]{--text-scale:1.2}:root[data-theme]{--x:1}',
  '@media print{.quote{background:none}.search-panel{display:none}}',
].join('');
const page = (body: string, head = '<link rel="stylesheet" crossorigin href="/assets/index-abc.css">') =>
  `<!doctype html><html lang="ru"><head><meta charset="UTF-8" /><title>Читалка</title>${head}</head>` +
  `<body><div id="root">${body}</div></body></html>`;
const stylesheets = (href: string) => {
  if (href !== '/assets/index-abc.css') throw new Error(`unexpected ${href}`);
  return css;
};
const inlineStyle = (html: string) => /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';

describe('inlineCriticalCss', () => {
  it('inlines the rules the markup uses and preloads the whole file from the end of <body>', async () => {
    const html = await inlineCriticalCss(
      page('<p>Президент РК <span class="quote">«…»</span></p>'),
      stylesheets,
    );
    expect(html).not.toContain('rel="stylesheet"');
    const inline = inlineStyle(html);
    expect(inline).toContain('p{');
    expect(inline).toContain('.quote:target');
    expect(inline).toContain('@media print{.quote{');
    expect(inline).not.toContain('.search-panel');
    expect(html).toMatch(
      /<\/div><link rel="preload" as="style" href="\/assets\/index-abc.css" media="\(scripting: enabled\)" data-full-stylesheet><\/body>/,
    );
  });

  it('keeps the system dark theme and the focus ring, which no static element matches', async () => {
    const inline = inlineStyle(await inlineCriticalCss(page('<p>текст</p>'), stylesheets));
    expect(inline).toContain(':root:not([data-theme])');
    expect(inline).toContain(':focus-visible');
  });

  it('keeps the saved themes and sizes, which the pre-paint script sets before the first paint', async () => {
    const inline = inlineStyle(await inlineCriticalCss(page('<p>текст</p>'), stylesheets));
    expect(inline).toContain(':root[data-theme=dark]{');
    expect(inline).toContain(':root[data-theme=sepia]{');
    expect(inline).toContain(':root[data-font-step="2"]{');
    // Only those: a rule on any theme at all is not one of them.
    expect(inline).not.toContain(':root[data-theme]{');
  });

  it('leaves the page around the style byte for byte', async () => {
    const body = '<p hidden="" data-x="">a &amp; b<svg><path d="M0 0"></path></svg></p>';
    const html = await inlineCriticalCss(page(body), stylesheets);
    expect(html).toContain(`<div id="root">${body}</div>`);
    expect(html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<link rel="preload"[^>]*>/, '')).toBe(
      page(body, ''),
    );
  });

  it('inlines what the browser hashes: CR LF becomes LF', async () => {
    const html = await inlineCriticalCss(page('<p>текст</p>'), () => 'p{color:red}\r\np b{color:blue}\r');
    const { hashes } = hardenPage(html);
    expect(hashes.styles).toEqual([sha256Source(inlineStyle(html))]);
    expect(inlineStyle(html)).not.toContain('\r');
  });

  it('keeps a stylesheet from another origin as a link (and the policy then blocks it)', async () => {
    const html = await inlineCriticalCss(
      page('', '<link rel="stylesheet" href="https://cdn.example/x.css">'),
      stylesheets,
    );
    expect(html).toContain('<link rel="stylesheet" href="https://cdn.example/x.css">');
    expect(html).not.toContain('preload');
  });

  it('refuses CSS that would end the inline style early', async () => {
    await expect(inlineCriticalCss(page('<p>x</p>'), () => 'p{content:"</style>"}')).rejects.toThrow(
      /<\/style/,
    );
  });
});
