/** The fragment that opens a quote: `#quote-ID` (ids are URL-safe; anything else is escaped). */
export function quoteHash(id: string): string {
  return `#quote-${encodeURIComponent(id)}`;
}

/** The absolute URL to share for a quote: the page without its query or fragment, plus `#quote-ID`. */
export function quoteUrl(page: string, id: string): string {
  const url = new URL(page);
  url.search = '';
  url.hash = quoteHash(id);
  return url.href;
}
