/**
 * The prerendered page inlines only the CSS its own markup uses and preloads the whole
 * stylesheet (scripts/lib/inline-critical-css.ts); the controls that appear after
 * hydration are styled by the rest. This applies the whole file and resolves once it has
 * loaded, or failed: the controls then lack their look but still work, and the article
 * keeps its own. Without the preload (the dev server injects CSS itself) it resolves at once.
 */
export function applyFullStylesheet(doc: Document = document): Promise<void> {
  const preload = doc.querySelector<HTMLLinkElement>('link[rel="preload"][as="style"][data-full-stylesheet]');
  if (!preload) return Promise.resolve();
  return new Promise((resolve) => {
    const sheet = doc.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = preload.href;
    sheet.addEventListener('load', () => resolve(), { once: true });
    sheet.addEventListener('error', () => resolve(), { once: true });
    doc.head.append(sheet);
  });
}
