/**
 * A quote's id comes from its words and which occurrence of those words it is, never
 * from its position: an edit elsewhere in the article leaves it unchanged, and the same
 * quote gets the same id on every build. Words are compared case-folded, with ё as е
 * and whitespace and punctuation ignored, so a typographic touch-up keeps the id too.
 * `occurrence` counts earlier quotes with the same words (0 for the first).
 * See docs/decisions/0001-quote-ids.md for the scheme.
 */
export function quoteId(quoteText: string, occurrence = 0): string {
  const hash = wordsHash(quoteText);
  const n = Number.isSafeInteger(occurrence) && occurrence > 0 ? occurrence : 0;
  return n === 0 ? hash : `${hash}-${n + 1}`;
}

/**
 * Ids for an article's quotes in text order, counting each one's occurrence among the
 * earlier quotes with the same words: what the quote finder assigns.
 */
export function quoteIds(quoteTexts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return quoteTexts.map((text) => {
    const key = fingerprintWords(text);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return quoteId(text, occurrence);
  });
}

/** The hash part of a quote id: seven base-36 characters from the text's words. */
export function wordsHash(text: string): string {
  return fnv1a32(fingerprintWords(text)).toString(36).padStart(7, '0');
}

/** The hash part of an id made by `quoteId` (the id without its occurrence suffix). */
export function idHash(id: string): string {
  const dash = id.indexOf('-');
  return dash === -1 ? id : id.slice(0, dash);
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
