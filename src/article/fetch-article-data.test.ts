import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleArticleAnalysis } from '../test-support/sample-analysis.ts';
import type { ArticleData } from './article-data.ts';
import { ArticleLoadError } from './article-load-error.ts';
import { fetchArticleData } from './article-query.ts';
import { articleDataProblem } from './article-schema.ts';

const text = readFileSync(path.join(import.meta.dirname, 'article.txt'), 'utf8');
const data: ArticleData = {
  analysis: sampleArticleAnalysis(text),
  facts: { x: { description: 'Описание' } },
};
const json = JSON.stringify(data);

/** Serves one response to the article request, the way a server or proxy would. */
function serve(body: string, init: ResponseInit = {}) {
  vi.stubGlobal('fetch', async () => new Response(body, init));
}

async function failure(): Promise<string> {
  try {
    await fetchArticleData(new AbortController().signal, 1000);
  } catch (error) {
    if (error instanceof ArticleLoadError) return error.failure;
    throw error;
  }
  return 'loaded';
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchArticleData', () => {
  it('returns data of the right shape', async () => {
    serve(json, { headers: { 'content-type': 'application/json' } });
    await expect(fetchArticleData(new AbortController().signal)).resolves.toEqual(data);
  });

  it('tells a 404 from a 500, and neither from a cut-off body', async () => {
    serve('Not found', { status: 404 });
    expect(await failure()).toBe('not-found');
    serve('Internal error', { status: 500 });
    expect(await failure()).toBe('server');
    serve(json.slice(0, json.length / 2), { headers: { 'content-type': 'application/json' } });
    expect(await failure()).toBe('truncated');
  });

  it('recognises an HTML page served instead of JSON, whatever its content type says', async () => {
    serve('<!doctype html><title>Вход</title>', { headers: { 'content-type': 'text/html' } });
    expect(await failure()).toBe('not-json');
    serve('\n <html></html>', { headers: { 'content-type': 'application/json' } });
    expect(await failure()).toBe('not-json');
  });

  it('rejects valid JSON of the wrong shape', async () => {
    serve(JSON.stringify({ analysis: { text: 'Привет' } }));
    expect(await failure()).toBe('wrong-shape');
    serve('[]');
    expect(await failure()).toBe('wrong-shape');
  });

  it('gives up on a request that stalls, and says so', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    );
    const pending = failure();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await pending).toBe('timeout');
  });

  it('calls a failed connection a network failure, retried automatically', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await failure()).toBe('network');
    expect(new ArticleLoadError('network', '').transient).toBe(true);
    expect(new ArticleLoadError('not-found', '').transient).toBe(false);
  });
});

describe('the article data schema', () => {
  it('accepts the sample analysis and keeps fields it does not know', () => {
    expect(articleDataProblem(data)).toBeNull();
    const extended = { ...data, analysis: { ...data.analysis, extra: [1] } };
    expect(articleDataProblem(extended)).toBeNull();
  });

  it('rejects a span outside the text, a negative or fractional offset, and a missing field', () => {
    const { analysis } = data;
    const outside = { ...analysis, paragraphs: [{ start: 0, end: analysis.text.length + 1, kind: 'title' }] };
    expect(articleDataProblem({ ...data, analysis: outside })).toMatch(/outside the text/);
    const negative = { ...analysis, paragraphs: [{ start: -1, end: 3, kind: 'title' }] };
    expect(articleDataProblem({ ...data, analysis: negative })).toMatch(/^analysis\.paragraphs\.0\.start/);
    const fractional = { ...analysis, paragraphs: [{ start: 0.5, end: 3, kind: 'title' }] };
    expect(articleDataProblem({ ...data, analysis: fractional })).not.toBeNull();
    expect(articleDataProblem({ analysis })).toMatch(/^facts/);
    expect(articleDataProblem(null)).not.toBeNull();
  });
});
