import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer, maxHeaderBytes, parseHeaderRules } from './static-server.ts';

let dir = '';
let server: Server;
let port = 0;
/** The served script: long and repetitive enough that compression pays. */
const script = 'console.log("ШОС");'.repeat(50);

/** A raw request (fetch would decompress and normalise the path). */
function get(urlPath: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
  }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'chitalka-serve-'));
  mkdirSync(path.join(dir, 'site', 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the site');
  writeFileSync(path.join(dir, 'site', 'index.html'), '<!doctype html><p>Токаев</p>');
  writeFileSync(path.join(dir, 'site', 'assets', 'app.js'), script);
  writeFileSync(
    path.join(dir, 'site', '_headers'),
    "/*\n  Content-Security-Policy: default-src 'self'\n# note\n",
  );
  server = createStaticServer(path.join(dir, 'site'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('createStaticServer', () => {
  it('sends the _headers policy and nosniff with every file', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toBe("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body.toString()).toBe('<!doctype html><p>Токаев</p>');
  });

  it('prefers Brotli when the client takes it, as browsers do', async () => {
    const packed = await get('/assets/app.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(packed.headers['content-encoding']).toBe('br');
    expect(packed.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(packed.body).toString()).toBe(script);
    const refused = await get('/assets/app.js', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(refused.headers['content-encoding']).toBe('gzip');
  });

  it('compresses text for clients that take gzip, and only for them', async () => {
    const packed = await get('/assets/app.js', { 'Accept-Encoding': 'gzip, deflate' });
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(packed.body).toString()).toBe(script);
    const refused = await get('/assets/app.js', { 'Accept-Encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body.toString()).toBe(script);
  });

  it('serves nothing outside the site, nor its _headers file', async () => {
    for (const urlPath of ['/../secret.txt', '/%2e%2e/secret.txt', '/_headers', '/%E0%A4%A']) {
      const response = await get(urlPath);
      expect(response.status, urlPath).toBe(404);
      expect(response.body.toString(), urlPath).not.toContain('outside the site');
    }
  });

  it('takes a URL of 10,000 Cyrillic characters (60 KB encoded), as a shared search link may be', async () => {
    const longQuery = `/?q=${encodeURIComponent('Шанхайская'.repeat(1000))}`;
    expect(longQuery.length).toBeGreaterThanOrEqual(60_000);
    expect((await get(longQuery)).status).toBe(200);
    // The limit is still a limit: a head past it is refused before any handler runs.
    expect((await get(`/?q=${'a'.repeat(maxHeaderBytes + 1)}`)).status).toBe(431);
  });

  it('refuses a request target the URL parser cannot take, and keeps serving', async () => {
    expect((await get('//')).status).toBe(400);
    expect((await get('//:x/y')).status).toBe(400);
    expect((await get('/')).status).toBe(200);
  });

  it('answers GET and HEAD only', async () => {
    expect((await get('/', {}, 'POST')).status).toBe(405);
    const head = await get('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});

describe('parseHeaderRules', () => {
  it('reads path patterns and their indented headers, skipping comments', () => {
    expect(parseHeaderRules('/*\n  A: 1\n  # c\n/x\n  B: two: parts\n')).toEqual([
      { pattern: '/*', headers: [['A', '1']] },
      { pattern: '/x', headers: [['B', 'two: parts']] },
    ]);
  });
});
