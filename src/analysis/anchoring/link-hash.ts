import type { LinkSelector } from './create-link-selector.ts';
import { decodeLinkSelector, encodeLinkSelector } from './encode-link-selector.ts';

/**
 * What a URL fragment asks the reader to show:
 * - `#quote-ID` → `{ kind: 'quote', id, selector: null }` (the contract's plain form);
 * - `#quote-ID&s=TOKEN` → the same with the selector to re-find the quote if ID is gone;
 * - `#fragment&s=TOKEN` → a selected fragment of the text;
 * - any other `#quote-…` or `#fragment…` → `{ kind: 'invalid' }`, for a polite notice;
 * - anything else (empty, other anchors) → null: not ours.
 */
export type LinkTarget =
  | { kind: 'quote'; id: string; selector: LinkSelector | null }
  | { kind: 'fragment'; selector: LinkSelector }
  | { kind: 'invalid' };

const quoteIdPattern = /^[0-9a-z]{1,16}(?:-[1-9]\d{0,5})?$/;
/** Longest fragment read at all; the longest real link is far shorter. */
const maxHashLength = 8000;

/**
 * Reads `location.hash` (with or without `#`). Never throws and never decodes into
 * markup: values are matched against strict patterns or dropped.
 */
export function parseLinkHash(hash: string): LinkTarget | null {
  if (typeof hash !== 'string') return null;
  let raw = hash.startsWith('#') ? hash.slice(1) : hash;
  // Browsers strip a Text Fragment directive before scripts run; drop it if one did not.
  const directive = raw.indexOf(':~:');
  if (directive !== -1) raw = raw.slice(0, directive);
  const head = raw.split('&', 1)[0] ?? '';
  const isQuote = head.startsWith('quote-') || head.startsWith('quote%2D') || head.startsWith('quote%2d');
  const isFragment = head === 'fragment';
  if (!isQuote && !isFragment) return null;
  if (raw.length > maxHashLength) return { kind: 'invalid' };
  // The token is base64url, so it needs no percent-decoding; anything else fails to decode.
  const param = raw
    .slice(head.length + 1)
    .split('&')
    .find((p) => p.startsWith('s='));
  const token = param === undefined ? null : param.slice(2);
  const selector = token === null ? null : decodeLinkSelector(token);
  if (isFragment)
    return selector && selector.id === null ? { kind: 'fragment', selector } : { kind: 'invalid' };
  const id = safeDecode(head.slice(head.startsWith('quote-') ? 'quote-'.length : 'quote%2D'.length));
  if (id === null || !quoteIdPattern.test(id)) return { kind: 'invalid' };
  if (token !== null && (!selector || selector.id !== id)) return { kind: 'quote', id, selector: null };
  return { kind: 'quote', id, selector };
}

/** The app's own fragment for a selector, without `#`: `quote-ID&s=…`, or `fragment&s=…` for a selection. */
export function formatLinkHash(selector: LinkSelector): string {
  const token = encodeLinkSelector(selector);
  return selector.id === null ? `fragment&s=${token}` : `quote-${selector.id}&s=${token}`;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The quote a preview page's path names (`…/q/ID/`), as the fragment `#quote-ID`, for a
 * link whose fragment was dropped on the way (some chat apps do); '' for any other path.
 */
export function quoteHashFromPath(pathname: string): string {
  const id = /\/q\/([0-9a-z]{1,16}(?:-[1-9]\d{0,5})?)\/(?:index\.html)?$/.exec(pathname)?.[1];
  return id ? `#quote-${id}` : '';
}
