import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type InlineHashes, readerPolicy, serializePolicy } from './content-security-policy.ts';
import { hardenPage } from './harden-page.ts';
import { inlineCriticalCss } from './inline-critical-css.ts';

/**
 * The headers every response carries, in the `_headers` format static hosts read
 * (a path pattern, then indented `Name: value` lines); `scripts/serve.ts` reads it too.
 */
export function renderHeadersFile(hashes: InlineHashes): string {
  const headers: [string, string][] = [
    ['Content-Security-Policy', serializePolicy(readerPolicy(hashes))],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    // For browsers without CSP frame-ancestors.
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ];
  return ['/*', ...headers.map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}

/**
 * The build's last step, after the prerender: every HTML page in `dist/` gets the CSS its
 * markup uses inlined (the rest preloaded) and its policy in a meta element, and
 * `dist/_headers` gets the policy that allows the inline content of all pages.
 * Returns the hashes it allowed.
 */
export async function finishDist(dist: string): Promise<InlineHashes> {
  const all: InlineHashes = { styles: [], scripts: [], styleAttributes: [] };
  const readStylesheet = (href: string) => {
    const file = path.join(dist, path.normalize(href));
    if (!file.startsWith(dist + path.sep)) throw new Error(`stylesheet outside dist/: ${href}`);
    return readFileSync(file, 'utf8');
  };
  for (const name of readdirSync(dist).filter((entry) => entry.endsWith('.html'))) {
    const file = path.join(dist, name);
    const { html, hashes } = hardenPage(await inlineCriticalCss(readFileSync(file, 'utf8'), readStylesheet));
    writeFileSync(file, html);
    all.styles.push(...hashes.styles);
    all.scripts.push(...hashes.scripts);
    all.styleAttributes.push(...hashes.styleAttributes);
  }
  writeFileSync(path.join(dist, '_headers'), renderHeadersFile(all));
  return all;
}
