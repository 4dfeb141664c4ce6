import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The eval data folder: `EVAL_DIR`, or `../shared/eval` beside the repo (or its worktree parent). */
export function evalDir(root: string): string {
  const candidates = [
    process.env.EVAL_DIR,
    path.resolve(root, '../shared/eval'),
    path.resolve(root, '../../shared/eval'),
  ].filter((dir): dir is string => typeof dir === 'string');
  const found = candidates.find((dir) => existsSync(dir));
  if (!found) throw new Error(`No eval data: set EVAL_DIR (looked in ${candidates.join(', ')})`);
  return found;
}

/** One JSON value per non-empty line of a file. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
