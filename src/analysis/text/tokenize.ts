import type { Span } from '../types.ts';

export type TokenKind = 'word' | 'number' | 'punct';

/** A word, number or punctuation mark; whitespace is not a token. */
export interface Token extends Span {
  kind: TokenKind;
  text: string;
}

// Order matters: a domain ("Zakon.kz") before a plain word, so its dot stays inside.
// Every pattern is a sequence of character classes with no nested quantifiers over the
// same characters, so matching is linear in the input.
const domain = String.raw`[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:[a-z]{2,6}|рф)(?![\p{L}\d])`;
// A word: letters and combining marks, joined by hyphens or apostrophes ("Касым-Жомарт", "О'Нил").
const word = String.raw`[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-‐'’][\p{L}\p{M}\d]+)*`;
const number = String.raw`\d+(?:[.,]\d+)*`;
const tokenPattern = new RegExp(`(${domain})|(${word})|(${number})|([^\\s\\p{L}\\p{M}\\d])`, 'gu');

/**
 * Splits text into tokens with their offsets; whitespace and any character that is
 * not a letter, digit or punctuation mark (controls) fall between tokens.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = from;
  for (let m = tokenPattern.exec(text); m && m.index < to; m = tokenPattern.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const kind: TokenKind =
      m[1] !== undefined || m[2] !== undefined ? 'word' : m[3] !== undefined ? 'number' : 'punct';
    tokens.push({ start: m.index, end, kind, text: text.slice(m.index, end) });
  }
  return tokens;
}
