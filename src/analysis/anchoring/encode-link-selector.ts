import { fromBase64url, toBase64url } from './base64url.ts';
import type { LinkSelector } from './create-link-selector.ts';
import { FIELD_END, packText, unpackText } from './pack-text.ts';

const VERSION = 1;
/** Longer payloads are refused unread: a selector of the longest carried quote is far shorter. */
export const maxEncodedLength = 4000;
const idPattern = /^[0-9A-Za-z_-]{1,64}$/;
const hashPattern = /^[0-9a-z]{1,13}$/;
const numberPattern = /^\d{1,9}$/;

/** The selector as one URL-safe token (base64url of packed fields): about 1.4 URL characters per Russian letter. */
export function encodeLinkSelector(selector: LinkSelector): string {
  const bytes: number[] = [VERSION];
  const fields = [
    selector.id ?? '',
    String(selector.hint),
    String(selector.length),
    selector.hash,
    selector.prefix,
    selector.quote,
    selector.tail,
    selector.suffix,
  ];
  for (const field of fields) {
    packText(field, bytes);
    bytes.push(FIELD_END);
  }
  return toBase64url(bytes);
}

/**
 * Reads a token made by `encodeLinkSelector`. Anyone can craft a URL, so this never
 * throws: any malformed, oversized or inconsistent input gives null.
 */
export function decodeLinkSelector(token: string): LinkSelector | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > maxEncodedLength) return null;
  const bytes = fromBase64url(token);
  if (!bytes || bytes[0] !== VERSION) return null;
  const fields: string[] = [];
  let at = 1;
  while (at < bytes.length && fields.length < 8) {
    const field = unpackText(bytes, at);
    if (!field) return null;
    fields.push(field.text);
    at = field.next;
  }
  if (fields.length !== 8 || at !== bytes.length) return null;
  const [id = '', hint = '', length = '', hash = '', prefix = '', quote = '', tail = '', suffix = ''] =
    fields;
  if (id !== '' && !idPattern.test(id)) return null;
  if (!numberPattern.test(hint) || !numberPattern.test(length) || !hashPattern.test(hash)) return null;
  if (quote.length === 0) return null;
  const n = Number(length);
  if (tail === '' ? n !== quote.length : n < Math.max(quote.length, tail.length)) return null;
  return { id: id || null, quote, tail, length: n, hash, prefix, suffix, hint: Number(hint) };
}
