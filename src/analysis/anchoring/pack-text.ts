/**
 * A compact, lossless byte form for Russian text, so a quote fits in a URL: ASCII and
 * the Russian alphabet take one byte each (percent-encoded UTF-8 takes six per letter),
 * common typography one byte, anything else three. Keep the table append-only: links
 * already shared decode with it.
 */
const typography = ['«', '»', '—', '–', '…', '\u00a0', '’', '“', '”', '„', '№', 'ё', 'Ё'];

const CYRILLIC_A = 0x410; // А; the block А…я is 64 letters in alphabet order.
const CYRILLIC_BASE = 0x80;
const TYPOGRAPHY_BASE = 0xc0;
const ESCAPE = 0xff;
/** Ends a field; never produced by `packText` outside an escape sequence. */
export const FIELD_END = 0xfe;

/** Appends the packed bytes of `text` to `out`. */
export function packText(text: string, out: number[]): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) out.push(c);
    else if (c >= CYRILLIC_A && c < CYRILLIC_A + 64) out.push(CYRILLIC_BASE + c - CYRILLIC_A);
    else {
      const t = typography.indexOf(text[i] as string);
      if (t !== -1) out.push(TYPOGRAPHY_BASE + t);
      else out.push(ESCAPE, c >> 8, c & 0xff);
    }
  }
}

/**
 * Reads packed text from `bytes` at `from` up to the next field end; returns the text and
 * the position after the field end, or null when the bytes are not a packed field.
 */
export function unpackText(bytes: Uint8Array, from: number): { text: string; next: number } | null {
  const units: number[] = [];
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b === FIELD_END) return { text: String.fromCharCode(...units), next: i + 1 };
    if (b < 0x80) units.push(b);
    else if (b < TYPOGRAPHY_BASE) units.push(CYRILLIC_A + b - CYRILLIC_BASE);
    else if (b < TYPOGRAPHY_BASE + typography.length) {
      units.push((typography[b - TYPOGRAPHY_BASE] as string).charCodeAt(0));
    } else if (b === ESCAPE && i + 2 < bytes.length) {
      units.push(((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number));
      i += 2;
    } else return null;
    i++;
  }
  return null;
}
