/**
 * Case and spelling folding for search: lower case, ё = е, typographic hyphens and
 * apostrophes to ASCII. Folding works one code point at a time, because lower-casing can
 * change a string's length ('İ'.toLowerCase() has length 2), so a match in the folded
 * text maps back to exact offsets in the original.
 */

/** Folded text with, for each folded UTF-16 unit, the source code point it came from. */
export interface FoldedText {
  folded: string;
  /** `starts[k]`: offset in the source of the code point that produced folded unit k. */
  starts: Int32Array;
  /** `ends[k]`: end offset in the source of that code point. */
  ends: Int32Array;
}

const foldCache = new Map<string, string>();

/** The folded form of one code point (a string of one or more UTF-16 units). */
function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  // Fast path for the common cases: ASCII and basic Cyrillic.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
  if (code >= 0x410 && code <= 0x42f) return String.fromCharCode(code + 32);
  if (code >= 0x430 && code <= 0x44f) return ch;
  if (code === 0x401 || code === 0x451) return 'е';
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    if (code === 0x2010 || code === 0x2011) folded = '-';
    else if (code === 0x2019 || code === 0x02bc) folded = "'";
    else folded = ch.toLowerCase().replaceAll('ё', 'е');
    if (foldCache.size < 4096) foldCache.set(ch, folded);
  }
  return folded;
}

/** Folds a word or query for comparison (no offsets kept). */
export function foldWord(text: string): string {
  let out = '';
  for (const ch of text) out += foldCodePoint(ch);
  return out;
}

/** The folded code unit of a common one-unit character, or -1 for the general path. */
function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (code >= 0x410 && code <= 0x42f) return code + 32;
  if (code >= 0x430 && code <= 0x44f) return code;
  if (code === 0x401 || code === 0x451) return 0x435;
  return -1;
}

/** Folds a whole text and keeps the map from folded units back to source offsets. */
export function foldText(text: string): FoldedText {
  let units = new Uint16Array(text.length);
  let starts = new Int32Array(text.length);
  let ends = new Int32Array(text.length);
  let k = 0;
  const grow = (extra: number) => {
    const size = units.length * 2 + extra;
    const grown = [new Uint16Array(size), new Int32Array(size), new Int32Array(size)] as const;
    grown[0].set(units);
    grown[1].set(starts);
    grown[2].set(ends);
    [units, starts, ends] = grown;
  };
  for (let i = 0; i < text.length; ) {
    const fast = foldUnit(text.charCodeAt(i));
    if (fast !== -1) {
      if (k === units.length) grow(1);
      units[k] = fast;
      starts[k] = i;
      ends[k] = i + 1;
      k++;
      i++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const folded = foldCodePoint(ch);
    // Lower-casing can make the text longer ('İ' → 'i̇'): grow the maps.
    if (k + folded.length > units.length) grow(folded.length);
    for (let j = 0; j < folded.length; j++, k++) {
      units[k] = folded.charCodeAt(j);
      starts[k] = i;
      ends[k] = i + ch.length;
    }
    i += ch.length;
  }
  const chunks: string[] = [];
  for (let at = 0; at < k; at += 8192) {
    chunks.push(String.fromCharCode(...units.subarray(at, Math.min(k, at + 8192))));
  }
  return { folded: chunks.join(''), starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** The source span `[start, end)` of the folded range `[from, to)` (to > from). */
export function sourceSpan(text: FoldedText, from: number, to: number): { start: number; end: number } {
  return { start: text.starts[from] ?? 0, end: text.ends[to - 1] ?? 0 };
}
