/**
 * `npm start`: builds the site if it is missing or older than its sources, then serves
 * `dist/` at http://127.0.0.1:4173/ (PORT picks another port) with the security headers
 * that the build wrote to `dist/_headers` (the format static hosts such as Netlify read).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isBuildStale } from './lib/build-freshness.ts';
import { createStaticServer } from './lib/static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(process.env.CHITALKA_DIST ?? path.join(root, 'dist'));
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!process.argv.includes('--no-build') && isBuildStale(root)) {
  console.log('Building the site first (npm run build) …');
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build.ts')], {
    stdio: 'inherit',
    cwd: root,
  });
}
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

createStaticServer(dist).listen(port, host, () => {
  console.log(`Chitalka is at http://${host}:${port}/`);
});
