/** The fragment that opens a quote: `#quote-ID` (ids are URL-safe; anything else is escaped). */
export function quoteHash(id: string): string {
  return `#quote-${encodeURIComponent(id)}`;
}

/** The quote id in a location hash (`#quote-ID`), or null; malformed escapes are tolerated. */
export function parseQuoteHash(hash: string): string | null {
  if (!hash.startsWith('#quote-')) return null;
  const raw = hash.slice('#quote-'.length);
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // `%E0%A4%A` and friends: keep the raw text, it simply will not match a quote.
  }
  return id === '' ? null : id;
}

/** The absolute URL to share for a quote: the page without its query or fragment, plus `#quote-ID`. */
export function quoteUrl(page: string, id: string): string {
  const url = new URL(page);
  url.search = '';
  url.hash = quoteHash(id);
  return url.href;
}
