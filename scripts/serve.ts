/**
 * `npm start`: builds the site if it is missing or older than its sources, then serves
 * `dist/` at http://127.0.0.1:4173/ (PORT picks another port) with the security headers
 * that the build wrote to `dist/_headers` (the format static hosts such as Netlify read).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { isBuildStale } from './lib/build-freshness.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
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

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Headers from `dist/_headers`: a path pattern line, then indented `Name: value` lines. */
function readHeaderRules(): { pattern: string; headers: [string, string][] }[] {
  const file = path.join(dist, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      const rule = rules.at(-1);
      if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern: string, urlPath: string): boolean {
  if (pattern === '/*') return true;
  if (pattern.endsWith('*')) return urlPath.startsWith(pattern.slice(0, -1));
  return pattern === urlPath;
}

const headerRules = readHeaderRules();

/** Maps a URL path to a file inside dist/, or null when it would escape it. */
function resolveFile(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.normalize(path.join(dist, decoded));
  if (candidate !== dist && !candidate.startsWith(dist + path.sep)) return null;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) return path.join(candidate, 'index.html');
  if (!path.extname(candidate) && existsSync(`${candidate}.html`)) return `${candidate}.html`;
  return candidate;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const file = resolveFile(url.pathname);
  for (const rule of headerRules) {
    if (matches(rule.pattern, url.pathname))
      for (const [name, value] of rule.headers) res.setHeader(name, value);
  }
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  if (!file || !existsSync(file)) {
    // A path the site does not have: the reader itself explains what happened.
    const notFound = path.join(dist, '404.html');
    res.writeHead(404, { 'Content-Type': types['.html'] });
    res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    return;
  }
  const ext = path.extname(file);
  const immutable = url.pathname.startsWith('/assets/');
  res.writeHead(200, {
    'Content-Type': types[ext] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
});

server.listen(port, host, () => {
  console.log(`Chitalka is at http://${host}:${port}/`);
});
