import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  type ChunkQueryState,
  chunkRetryAction,
  chunkStatus,
  type LazyChunk,
  lazyChunkQueryOptions,
} from './lazy-chunk.ts';

/** What a chunk's module looks like to its users: a namespace of functions. */
interface SearchModule {
  searchMentions: (query: string) => string[];
}

const module: SearchModule = { searchMentions: (query) => [query] };

/** A chunk whose import fails the first `failures` times, as a dropped request or a 404 does. */
function flakyChunk(failures: number): LazyChunk<SearchModule> & { calls: () => number } {
  let calls = 0;
  return {
    name: 'search-engine',
    load: async () => {
      calls++;
      if (calls <= failures)
        throw new TypeError('Failed to fetch dynamically imported module: /assets/search-engine-Bx1.js');
      return module;
    },
    calls: () => calls,
  };
}

describe('chunkRetryAction', () => {
  it('imports again after the first failed load, reloads the page after the second', () => {
    expect(chunkRetryAction(1)).toBe('import');
    expect(chunkRetryAction(2)).toBe('reload');
    expect(chunkRetryAction(5)).toBe('reload');
  });
});

describe('chunkStatus', () => {
  const state = (over: Partial<ChunkQueryState>): ChunkQueryState => ({
    enabled: true,
    loaded: false,
    isError: false,
    isFetching: false,
    failedLoads: 0,
    ...over,
  });

  it('walks a chunk through loading, failure, a retry in flight, a second failure and success', () => {
    // Not wanted yet (no query typed): nothing to show.
    expect(chunkStatus(state({ enabled: false }))).toMatchObject({ pending: false, failed: false });
    // The first load, its automatic retry included: loading.
    expect(chunkStatus(state({ isFetching: true }))).toEqual({
      pending: true,
      failed: false,
      retrying: false,
      action: 'import',
    });
    // Failed: the alert, offering to import again.
    expect(chunkStatus(state({ isError: true, failedLoads: 1 }))).toEqual({
      pending: false,
      failed: true,
      retrying: false,
      action: 'import',
    });
    // Retry pressed: TanStack clears the error of a query without data, but it is still the failure, busy.
    expect(chunkStatus(state({ isFetching: true, failedLoads: 1 }))).toEqual({
      pending: false,
      failed: true,
      retrying: true,
      action: 'import',
    });
    // Failed again: now only a reload helps.
    expect(chunkStatus(state({ isError: true, failedLoads: 2 }))).toMatchObject({
      failed: true,
      action: 'reload',
    });
    // Loaded (after the first or a later try): nothing to say.
    expect(chunkStatus(state({ loaded: true, failedLoads: 1 }))).toMatchObject({
      pending: false,
      failed: false,
    });
  });
});

describe('lazyChunkQueryOptions', () => {
  it('retries a dropped request once by itself', async () => {
    const chunk = flakyChunk(1);
    const client = new QueryClient();
    await expect(client.fetchQuery(lazyChunkQueryOptions(chunk))).resolves.toBe(module);
    expect(chunk.calls()).toBe(2);
  });

  it('gives up after two failed imports, and a Retry imports again rather than replaying the failure', async () => {
    const chunk = flakyChunk(2);
    const client = new QueryClient();
    const options = lazyChunkQueryOptions(chunk);
    await expect(client.fetchQuery(options)).rejects.toThrow(/dynamically imported module/);
    expect(chunk.calls()).toBe(2);
    expect(client.getQueryState(options.queryKey)?.errorUpdateCount).toBe(1);
    expect(chunkRetryAction(client.getQueryState(options.queryKey)?.errorUpdateCount ?? 0)).toBe('import');
    await expect(client.fetchQuery(options)).resolves.toBe(module);
    expect(chunk.calls()).toBe(3);
  });

  it('loads a chunk once for the page: later users get the same module without a request', async () => {
    const chunk = flakyChunk(0);
    const client = new QueryClient();
    await client.fetchQuery(lazyChunkQueryOptions(chunk));
    await expect(client.fetchQuery(lazyChunkQueryOptions(chunk))).resolves.toBe(module);
    expect(chunk.calls()).toBe(1);
  });
});
