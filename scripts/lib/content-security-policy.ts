import { createHash } from 'node:crypto';

/** A CSP source expression allowing exactly this inline text: `'sha256-<base64>'`. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The inline content a page carries, already hashed as CSP sources. */
export interface InlineHashes {
  /** Hashes of inline `<style>` elements. */
  styles: string[];
  /** Hashes of inline executable `<script>` elements: the pre-paint preferences script. */
  scripts: string[];
  /** Hashes of `style="…"` attribute values in the prerendered markup (need `'unsafe-hashes'`). */
  styleAttributes: string[];
}

/** A policy as ordered directive → sources, so it serialises the same way every build. */
export type Directives = [name: string, sources: string[]][];

/**
 * The reader's Content-Security-Policy: everything from our own origin, inline only by hash.
 * - `script-src 'self'` + the pre-paint script's hash: no other inline script, no eval; the
 *   prerender state is JSON.
 * - `style-src 'self'` + the inlined critical CSS's hash, never `'unsafe-inline'`.
 * - `img-src data:` for CSS-embedded icons; `form-action 'self'` so a search form may submit
 *   `?q=` to the reader itself before hydration (nowhere else).
 * - Trusted Types with no policy at all (`'none'`): nothing in the app writes HTML or script
 *   URLs from strings, so any sink use throws and is reported. A Web Worker will need one
 *   named policy for its script URL (docs/security.md says how).
 */
export function readerPolicy(hashes: InlineHashes): Directives {
  const styleSrc = ["'self'", ...unique(hashes.styles)];
  if (hashes.styleAttributes.length > 0) styleSrc.push("'unsafe-hashes'", ...unique(hashes.styleAttributes));
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...unique(hashes.scripts)]],
    ['style-src', styleSrc],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
    ['require-trusted-types-for', ["'script'"]],
    ['trusted-types', ["'none'"]],
  ];
}

/** Directives a `<meta http-equiv>` policy cannot carry (browsers ignore them there, with a warning). */
const headerOnly = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The policy as a header value, or, with `forMeta`, without the directives meta cannot carry. */
export function serializePolicy(directives: Directives, { forMeta = false } = {}): string {
  return directives
    .filter(([name]) => !(forMeta && headerOnly.has(name)))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

function unique(values: string[]): string[] {
  return [...new Set(values)].sort();
}
