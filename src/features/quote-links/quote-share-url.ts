import { shareUrl } from '../../analysis/anchoring/share-url.ts';
import type { Span } from '../../analysis/types.ts';
import { siteUrl } from './site-url.ts';

/** The absolute URL to share for a quote: its preview page, re-anchoring fragment and Text Fragment (client only). */
export function quoteShareUrl(text: string, quote: Span & { id: string }): string {
  return shareUrl(siteUrl(), text, quote, quote.id);
}
