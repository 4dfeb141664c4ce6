import { useEffect, useMemo, useState } from 'react';
import { type LinkTarget, parseLinkHash, quoteHashFromPath } from '../../analysis/anchoring/link-hash.ts';
import type { Analysis } from '../../analysis/types.ts';
import { type ChunkFailure, type LazyChunk, useLazyChunk } from '../../ui/lazy-chunk.ts';
import { mapTextNodes, rangeFromSpan } from './dom-text-map.ts';
import type { LinkResolution } from './resolve-link.ts';

/** The name of the CSS highlight that marks a linked fragment (`::highlight(chitalka-fragment)`). */
export const fragmentHighlight = 'chitalka-fragment';

/** What the URL's fragment opened, for the reader to mark and explain. */
export interface QuoteLink {
  /** The quote to mark `data-active="true"`, or null. */
  activeQuoteId: string | null;
  /** How the fragment resolved; null when the URL has no link of ours. */
  resolution: LinkResolution | null;
  /** The linked text is in a paragraph that a filter hides. */
  hiddenByFilter: boolean;
  /** Re-finding the link's text needed a chunk that did not load: say so, not "not found". */
  loadFailure: ChunkFailure | null;
}

/** Fuzzy re-finding (approx-string-match, word diff), split off: only links to changed text need it. */
const resolveLinkChunk: LazyChunk<typeof import('./resolve-link.ts')> = {
  name: 'resolve-link',
  load: () => import('./resolve-link.ts'),
};

/**
 * Follows the URL's fragment (`#quote-ID`, a shared link, a fragment link) on load and on
 * every change, back and forward included: resolves it against the article, re-finding
 * moved or edited text, then scrolls the quote or fragment to the middle of the screen,
 * highlights it and moves focus there for screen readers. Before hydration nothing is
 * active, so the prerendered page and the first render agree.
 */
export function useQuoteLink(analysis: Analysis, articleSelector = 'article[lang="ru"]'): QuoteLink {
  const [hash, setHash] = useState<string | null>(null);
  const [hiddenByFilter, setHiddenByFilter] = useState(false);

  useEffect(() => {
    // A preview page reached without its fragment still opens its quote.
    const read = () => setHash(window.location.hash || quoteHashFromPath(window.location.pathname));
    read();
    window.addEventListener('hashchange', read);
    window.addEventListener('popstate', read);
    return () => {
      window.removeEventListener('hashchange', read);
      window.removeEventListener('popstate', read);
    };
  }, []);

  const target = useMemo(() => (hash === null ? null : parseLinkHash(hash)), [hash]);
  const quick = useMemo(() => resolveWithoutMatching(analysis, target), [analysis, target]);
  // A chunk that does not load is a load failure (with Retry), not a lost quote.
  const matcher = useLazyChunk(resolveLinkChunk, quick === undefined);
  const resolveLink = matcher.module?.resolveLink;
  const resolution = useMemo(() => {
    if (quick !== undefined) return quick;
    return resolveLink ? resolveLink(analysis, target) : null;
  }, [analysis, target, quick, resolveLink]);
  const activeQuoteId = resolution?.kind === 'quote' ? resolution.quoteId : null;

  useEffect(() => {
    clearHighlight();
    setHiddenByFilter(false);
    if (resolution?.kind !== 'quote' && resolution?.kind !== 'fragment') return;
    const article = document.querySelector(articleSelector);
    if (!article) return;
    const range = rangeFromSpan(mapTextNodes(article, analysis.text), resolution.span);
    const quote =
      resolution.kind === 'quote'
        ? article.querySelector<HTMLElement>(`[data-quote-id="${CSS.escape(resolution.quoteId)}"]`)
        : null;
    const anchor = quote ?? enclosingElement(range);
    if (!anchor || isHidden(anchor)) {
      setHiddenByFilter(true);
      return;
    }
    if (resolution.kind === 'fragment' && range) setHighlight(range);
    const target = quote ?? anchor.closest<HTMLElement>('p, h1') ?? anchor;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    const reveal = () => {
      if (range && !quote) scrollRangeToCentre(range);
      else target.scrollIntoView({ block: 'center', behavior: 'instant' });
    };
    reveal();
    target.focus({ preventScroll: true });
    // Late layout (fonts, hydration of images) can move the text: centre it once more.
    const frame = requestAnimationFrame(reveal);
    return () => cancelAnimationFrame(frame);
  }, [analysis, resolution, articleSelector]);

  useEffect(() => clearHighlight, []);

  return {
    activeQuoteId,
    resolution,
    hiddenByFilter,
    loadFailure: quick === undefined ? matcher.failure : null,
  };
}

function enclosingElement(range: Range | null): HTMLElement | null {
  const node = range?.commonAncestorContainer ?? null;
  if (!node) return null;
  return node instanceof HTMLElement ? node : node.parentElement;
}

/** Removed by a filter, or inside a `hidden` block. */
function isHidden(element: Element): boolean {
  return !element.isConnected || element.closest('[hidden]') !== null;
}

function scrollRangeToCentre(range: Range) {
  const rect = range.getBoundingClientRect();
  const middle = rect.top + rect.height / 2;
  window.scrollBy({ top: middle - window.innerHeight / 2, behavior: 'instant' });
}

function setHighlight(range: Range) {
  if (typeof Highlight === 'undefined' || !CSS.highlights) return;
  CSS.highlights.set(fragmentHighlight, new Highlight(range));
}

function clearHighlight() {
  if (typeof CSS !== 'undefined' && CSS.highlights) CSS.highlights.delete(fragmentHighlight);
}

/**
 * The links that need no fuzzy matching: none, a malformed one, or a quote whose id is
 * still here with the very words the link carries. Undefined when matching is needed.
 */
function resolveWithoutMatching(
  analysis: Analysis,
  target: LinkTarget | null,
): LinkResolution | null | undefined {
  if (target === null) return null;
  if (target.kind === 'invalid') return { kind: 'invalid' };
  if (target.kind !== 'quote') return undefined;
  const quote = analysis.quotes.find((q) => q.id === target.id);
  const { selector } = target;
  if (!quote) return selector ? undefined : { kind: 'missing' };
  const unchanged =
    !selector || (selector.tail === '' && selector.quote === analysis.text.slice(quote.start, quote.end));
  return unchanged
    ? { kind: 'quote', quoteId: quote.id, span: { start: quote.start, end: quote.end }, diff: null }
    : undefined;
}
