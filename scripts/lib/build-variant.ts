import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Where the e2e build variants live: `<name>.txt` (the input) and `<name>/` (the site). */
export const variantsDir = path.join(root, 'build', 'variants');

/**
 * Builds the reader for another article text, as `npm run build` does for the bundled one:
 * writes the text to `build/variants/<name>.txt` and the site to `build/variants/<name>/`.
 */
export function buildVariant(name: string, text: string): void {
  mkdirSync(variantsDir, { recursive: true });
  const articleFile = path.join(variantsDir, `${name}.txt`);
  writeFileSync(articleFile, text);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build.ts')], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, CHITALKA_ARTICLE: articleFile, CHITALKA_DIST: path.join(variantsDir, name) },
  });
}
