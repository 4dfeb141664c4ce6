import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const sourceRoots = ['src', 'public', 'scripts', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** True when dist/ is missing or older than any of the sources it is built from. */
export function isBuildStale(root: string): boolean {
  const built = path.join(root, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return sourceRoots.some((entry) => newestMtime(path.join(root, entry)) > builtAt);
}
