import { executableInlineScripts } from './harden-page.ts';

/**
 * The JS a first visit of a built page runs, read from the page itself: its scripts and
 * modulepreloads from this site (paths such as `/assets/index-abc.js`), and the text of its
 * inline scripts. The size budget (.size-limit.js) and `npm run bench` both count this.
 */
export function initialJs(html: string): { files: string[]; inline: string[] } {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map(
    (match) => match[1],
  );
  const files = [...new Set([...scripts, ...preloads])].filter(
    (href): href is string => !!href?.startsWith('/') && !href.startsWith('//'),
  );
  const inline = executableInlineScripts(html).filter((code) => code.trim() !== '');
  return { files, inline };
}
