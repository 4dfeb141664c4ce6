import { queryOptions } from '@tanstack/react-query';
import type { ArticleData } from './article-data.ts';
import { articleDataUrl } from './article-data-url.ts';
import { ArticleLoadError } from './article-load-error.ts';
import { articleDataProblem } from './article-schema.ts';

/** After this long without an answer, the request is given up and the reader told. */
export const articleTimeoutMs = 15_000;

/** Automatic retries for a transient failure (5xx, cut-off body, network): few and quick. */
const maxRetries = 2;

/**
 * Fetches and checks the article's data. Every way it can fail becomes an
 * `ArticleLoadError` saying which: HTTP status, an HTML page instead of JSON, a body cut
 * off mid-way, JSON of the wrong shape, no answer in time, or no network.
 */
export async function fetchArticleData(
  signal: AbortSignal,
  timeoutMs = articleTimeoutMs,
): Promise<ArticleData> {
  const controller = new AbortController();
  let timedOut = false;
  // A plain timer (not AbortSignal.timeout), so tests can move time with a fake clock.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const abortFromQuery = () => controller.abort();
  signal.addEventListener('abort', abortFromQuery);
  try {
    const response = await fetch(articleDataUrl, {
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
    if (response.status === 404 || response.status === 410)
      throw new ArticleLoadError('not-found', `HTTP ${response.status}`);
    if (!response.ok) throw new ArticleLoadError('server', `HTTP ${response.status}`);
    const body = await response.text();
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('html') || /^\s*</.test(body)) throw new ArticleLoadError('not-json', type || 'markup');
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      throw new ArticleLoadError('truncated', error instanceof Error ? error.message : String(error));
    }
    const problem = articleDataProblem(value);
    if (problem !== null) throw new ArticleLoadError('wrong-shape', problem);
    return value as ArticleData;
  } catch (error) {
    if (error instanceof ArticleLoadError) throw error;
    if (timedOut) throw new ArticleLoadError('timeout', `no answer in ${timeoutMs} ms`);
    if (signal.aborted) throw error;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new ArticleLoadError(
      offline ? 'offline' : 'network',
      error instanceof Error ? error.message : String(error),
    );
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abortFromQuery);
  }
}

/** The one way the UI gets the article: used by the hook, the hydration seed and the tests. */
export function articleQueryOptions() {
  return queryOptions({
    queryKey: ['article'] as const,
    queryFn: ({ signal }) => fetchArticleData(signal),
    staleTime: Number.POSITIVE_INFINITY,
    // TanStack's default is 3 retries with backoff (~7 s of spinner). Retry only what can
    // change, at most twice, half a second apart; then the reader gets a message and a button.
    retry: (failures, error) => error instanceof ArticleLoadError && error.transient && failures < maxRetries,
    retryDelay: 500,
    // The default ('online') pauses the query while the browser says it is offline, which
    // looks like an endless spinner. 'always' lets the fetch fail, so we can say why.
    networkMode: 'always',
  });
}
