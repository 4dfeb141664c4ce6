import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { chunkRetryAction, type LazyChunk, lazyChunkQueryOptions } from './lazy-chunk.ts';

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
