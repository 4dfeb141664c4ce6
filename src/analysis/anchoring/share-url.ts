import type { Span } from '../types.ts';
import { createLinkSelector } from './create-link-selector.ts';
import { formatLinkHash } from './link-hash.ts';
import { textFragmentDirective } from './text-fragment-directive.ts';

/** Where a quote's preview page lives, relative to the site root: one static page per quote. */
export function quotePagePath(id: string): string {
  return `q/${id}/`;
}

/**
 * The URL to share for `span` of `text`: for a quote (pass its id) its preview page, so
 * chats show a card; for a selected fragment (id null) the article. The fragment carries
 * the selector that re-finds the words after edits, then a Text Fragment directive for
 * browsers that open it without our scripts. `siteUrl` is the site root, ending in `/`.
 */
export function shareUrl(siteUrl: string, text: string, span: Span, id: string | null): string {
  const selector = createLinkSelector(text, span, id);
  const page = id === null ? siteUrl : `${siteUrl}${quotePagePath(id)}`;
  return `${page}#${formatLinkHash(selector)}${textFragmentDirective(text, span)}`;
}
