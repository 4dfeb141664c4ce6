import Beasties from 'beasties';

// These patterns read our own build output (Vite's template plus React's escaped markup),
// not arbitrary HTML: attribute values never contain a raw `>` there.
const stylesheetLink = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi;
const hrefAttribute = /\bhref=["']?([^"'\s>]+)/i;
const styleText = /<style>([\s\S]*?)<\/style>/;

/** Marks the preload the app turns into the full stylesheet before it hydrates (src/app/apply-full-stylesheet.ts). */
const fullStylesheetAttribute = 'data-full-stylesheet';

/**
 * Rules kept although no element of the static page matches them. Beasties strips
 * pseudo-classes before matching, so a rule that is nothing but a pseudo-class, or whose
 * match depends on one, looks unused; and the saved preferences are set on `<html>` only
 * in the browser.
 */
const keptRules: (string | RegExp)[] = [
  // The system's dark theme, until the reader picks one.
  ':root:not([data-theme])',
  // The theme and size the reader picked, which the page's pre-paint script puts on <html>
  // before the first paint (src/features/preferences/pre-paint.ts).
  /^:root\[data-(theme|font-step)=("[^"]+"|[\w-]+)\]$/,
  // The keyboard focus ring on the page's links and buttons.
  ':focus-visible',
];

/**
 * Inlines, for each same-origin stylesheet of a prerendered page, only the rules its markup
 * can use, and preloads the whole file from the end of `<body>` for the app to apply before
 * it hydrates. Every byte before the article is on the first paint's path: the whole CSS
 * was 5.9 of the page's 12.7 KB gzip and a third of its parse time, most of it for controls
 * that exist only after hydration. Beasties decides what is used by matching each selector
 * against the page (no browser); the rest waits for the app, and a page read without
 * JavaScript, which never shows those controls, never fetches it.
 *
 * The full file is applied after the inline part, not a pruned remainder: its rules then
 * cascade in their own order, exactly as if it alone were linked.
 */
export async function inlineCriticalCss(
  html: string,
  readStylesheet: (href: string) => string,
): Promise<string> {
  const preloads: string[] = [];
  let page = html;
  for (const link of html.match(stylesheetLink) ?? []) {
    const href = hrefAttribute.exec(link)?.[1];
    if (!href?.startsWith('/') || href.startsWith('//')) continue;
    // The HTML parser turns CR LF into LF before the browser hashes the text: inline what it sees.
    const css = readStylesheet(href).replace(/\r\n?/g, '\n');
    if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style": it cannot be inlined`);
    const critical = await usedRules(html.replace(link, ''), css);
    page = page.replace(link, () => `<style>${critical}</style>`);
    // Only the app applies it: a reader without JavaScript never downloads it.
    preloads.push(
      `<link rel="preload" as="style" href="${href}" media="(scripting: enabled)" ${fullStylesheetAttribute}>`,
    );
  }
  if (preloads.length > 0 && !page.includes('</body>'))
    throw new Error('the page has no </body> to preload its full stylesheet from');
  return page.replace('</body>', () => `${preloads.join('')}</body>`);
}

/** The rules of `css` that can apply to the elements of `html`, as Beasties reads them. */
async function usedRules(html: string, css: string): Promise<string> {
  const beasties = new Beasties({
    reduceInlineStyles: true,
    allowRules: keptRules,
    keyframes: 'critical',
    logLevel: 'silent',
  });
  // Beasties prunes an inline <style> against the document around it; only that text is
  // taken back, so the page itself is never re-serialised.
  const processed = await beasties.process(html.replace('</head>', () => `<style>${css}</style></head>`));
  const critical = styleText.exec(processed)?.[1];
  if (critical === undefined) throw new Error('Beasties returned no <style>');
  return critical;
}
