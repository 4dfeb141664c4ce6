/**
 * The article's text as a page can hold it. HTML cannot carry U+0000: the parser drops a
 * raw NUL from the prerendered page (and reads `&#0;` as U+FFFD), so the page's text would
 * lose a character and every offset after it would point one too far. NUL is shown as
 * U+FFFD instead, one for one, so offsets into the analysed text stay offsets into the page.
 */
export function displayText(text: string): string {
  return text.replaceAll('\0', '\uFFFD');
}
