import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/**
 * Node refuses request heads over 16 KB with 431. A shared link may carry a long `?q=`:
 * 10,000 Cyrillic characters percent-encode to 60 KB. The reader cuts such a query itself
 * and says so; the server only has to let it through.
 */
export const maxHeaderBytes = 128 * 1024;

/** Types worth compressing: every text format the site serves. */
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

type Encoding = 'br' | 'gzip';

/** The codings the client takes (`Accept-Encoding`, minus those refused with `q=0`); `*` takes any. */
function acceptedEncodings(req: IncomingMessage): Set<string> {
  const header = String(req.headers['accept-encoding'] ?? '');
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.trim().split(';');
    if (!params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param))) accepted.add(coding.trim().toLowerCase());
  }
  return accepted;
}

/** Brotli when the client takes it (every current browser does), as static hosts serve it; else gzip. */
function chooseEncoding(req: IncomingMessage): Encoding | null {
  const accepted = acceptedEncodings(req);
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

const compressors: Record<Encoding, (body: Buffer) => Buffer> = {
  br: (body) =>
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  gzip: (body) => gzipSync(body, { level: 9 }),
};

interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Headers from `_headers`: a path pattern line, then indented `Name: value` lines. */
export function parseHeaderRules(source: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of source.split('\n')) {
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

/** Maps a URL path to a file inside `dir`, or null when it would escape it. */
function resolveFile(dir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.normalize(path.join(dir, decoded));
  if (candidate !== dir && !candidate.startsWith(dir + path.sep)) return null;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) return path.join(candidate, 'index.html');
  if (!path.extname(candidate) && existsSync(`${candidate}.html`)) return `${candidate}.html`;
  return candidate;
}

/**
 * A server for a built site, the way a static host serves it: files from `dir`, the
 * headers its `_headers` file names (read once, at start), `nosniff` always, GET and HEAD only.
 * `npm start` and `npm run bench` both use it, so the bench measures what users get.
 */
export function createStaticServer(dir: string): Server {
  const root = path.resolve(dir);
  const headersFile = path.join(root, '_headers');
  const headerRules = existsSync(headersFile) ? parseHeaderRules(readFileSync(headersFile, 'utf8')) : [];
  // Compressed once per file and coding, and kept: the site is immutable while it is served.
  // (Brotli at its best quality takes ~0.6 s for the app's module, once.)
  const compressed = new Map<string, Buffer>();
  return createServer({ maxHeaderSize: maxHeaderBytes }, (req, res) => {
    // `//` or `//:x` is no path the URL parser takes: refuse it instead of throwing (which would end the server).
    if (!URL.canParse(req.url ?? '/', 'http://localhost')) {
      res.writeHead(400, { 'X-Content-Type-Options': 'nosniff' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(root, url.pathname);
    for (const rule of headerRules) {
      if (matches(rule.pattern, url.pathname))
        for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    if (!file || !existsSync(file) || path.basename(file) === '_headers') {
      // A path the site does not have: the reader itself explains what happened.
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'Content-Type': types['.html'] });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      return;
    }
    const ext = path.extname(file);
    const immutable = url.pathname.startsWith('/assets/');
    const headers: Record<string, string> = {
      'Content-Type': types[ext] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    let body: Buffer = readFileSync(file);
    // As static hosts do: on a slow link, uncompressed JS would compete with the HTML for bandwidth.
    if (compressible.has(ext)) {
      headers.Vary = 'Accept-Encoding';
      const encoding = chooseEncoding(req);
      if (encoding) {
        const key = `${encoding}:${file}`;
        const packed = compressed.get(key) ?? compressors[encoding](body);
        compressed.set(key, packed);
        headers['Content-Encoding'] = encoding;
        body = packed;
      }
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}
