/**
 * A quote's id comes from its words and which occurrence of those words it is, never
 * from its position: an edit elsewhere in the article leaves it unchanged, and the same
 * quote gets the same id on every build. Words are compared case-folded, with ё as е
 * and whitespace and punctuation ignored, so a typographic touch-up keeps the id too.
 * See docs/decisions for the scheme.
 */
export function quoteId(quoteText: string, occurrence = 0): string {
  const key = fingerprintWords(quoteText);
  const hash = fnv1a32(key).toString(36).padStart(7, '0');
  return occurrence === 0 ? hash : `${hash}-${occurrence + 1}`;
}

/** The words of a text, case-folded, ё → е, joined by single spaces. */
export function fingerprintWords(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
}

/** FNV-1a over UTF-16 code units: tiny, fast, stable across runtimes. */
function fnv1a32(input: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
