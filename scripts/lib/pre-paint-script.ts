import path from 'node:path';
import { build, type Rolldown } from 'vite';

const entry = path.resolve(import.meta.dirname, '../../src/features/preferences/pre-paint.ts');

/**
 * src/features/preferences/pre-paint.ts as one classic script, minified, for an inline
 * `<script>` in `<head>`: the page's policy allows it by hash (harden-page.ts). Bundled
 * from the app's own modules so that the page and the app read preferences the same way.
 */
export async function buildPrePaintScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      copyPublicDir: false,
      lib: { entry, formats: ['iife'], name: 'chitalkaPrePaint', fileName: 'pre-paint' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk');
  if (!chunk) throw new Error('the pre-paint script was not built');
  const code = chunk.code.trim();
  // Inline script text ends at the first "</script": the bundle must not contain one.
  if (/<\/script/i.test(code)) throw new Error('the pre-paint script contains "</script"');
  return code;
}

/** The page with the pre-paint script as the last element of its `<head>`, marked `data-pre-paint`. */
export function withPrePaintScript(html: string, code: string): string {
  if (!html.includes('</head>')) throw new Error('the page has no </head> to put its pre-paint script in');
  return html.replace('</head>', () => `<script data-pre-paint>${code}</script></head>`);
}
