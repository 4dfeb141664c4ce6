import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';

/**
 * A part of the app that Vite splits into its own file and loads on first use with
 * `import()`. The file can fail to load: after a redeploy the old hashed file is gone
 * (404), or the network drops the request.
 */
export interface LazyChunk<T> {
  /** Names the chunk in the query cache and in the alert's `data-chunk-failure`. */
  name: string;
  /** The dynamic import itself. Calling it again fetches again: Chromium does not keep a failed module fetch. */
  load: () => Promise<T>;
}

/** What Retry does next: import the chunk again, or reload the page (the URL, with `?q=` and `#…`, is kept). */
export type ChunkRetryAction = 'import' | 'reload';

/**
 * The first failure may be a dropped request: importing again is enough. A second one
 * means the file is gone (a new version is published, with new file names) or the browser
 * keeps the failed import (the HTML spec once asked for that): only a reload helps.
 */
export function chunkRetryAction(failedLoads: number): ChunkRetryAction {
  return failedLoads >= 2 ? 'reload' : 'import';
}

/** A chunk that failed to load, with the Retry that fits. */
export interface ChunkFailure {
  name: string;
  action: ChunkRetryAction;
  /** A retry is running. */
  retrying: boolean;
  retry: () => void;
}

/** Where a lazy chunk is: its module once loaded, or its failure. */
export interface LazyChunkState<T> {
  module: T | undefined;
  /** Wanted and still loading (the first time). */
  pending: boolean;
  failure: ChunkFailure | null;
}

/** The one query options factory for a lazy chunk: loaded once, kept for the page's life, one quick retry. */
export function lazyChunkQueryOptions<T>(chunk: LazyChunk<T>) {
  return queryOptions({
    queryKey: ['chunk', chunk.name] as const,
    queryFn: () => chunk.load(),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
    retry: 1,
    retryDelay: 500,
    networkMode: 'always',
  });
}

/** Loads `chunk` once `enabled`; on failure, says so and offers the Retry `chunkRetryAction` picks. */
export function useLazyChunk<T>(chunk: LazyChunk<T>, enabled: boolean): LazyChunkState<T> {
  const query = useQuery({ ...lazyChunkQueryOptions(chunk), enabled });
  const { refetch, errorUpdateCount } = query;
  const action = chunkRetryAction(errorUpdateCount);
  const retry = useCallback(() => {
    if (action === 'reload') window.location.reload();
    else void refetch();
  }, [action, refetch]);
  const failed = enabled && query.isError && query.data === undefined;
  const retrying = query.isFetching;
  const failure = useMemo(
    () => (failed ? { name: chunk.name, action, retrying, retry } : null),
    [failed, chunk.name, action, retrying, retry],
  );
  return { module: query.data, pending: enabled && query.isPending, failure };
}
