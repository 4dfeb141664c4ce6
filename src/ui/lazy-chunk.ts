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
    retry: 1,
    retryDelay: 500,
    networkMode: 'always',
  });
}

/** The parts of a chunk query's state that the reader's view depends on. */
export interface ChunkQueryState {
  /** The chunk is wanted (a query was typed, a link needs matching). */
  enabled: boolean;
  loaded: boolean;
  isError: boolean;
  isFetching: boolean;
  /** Loads that ended in failure so far (TanStack's `errorUpdateCount`). */
  failedLoads: number;
}

/** What the reader is shown of a chunk: still loading, or failed (and whether a retry is running). */
export interface ChunkStatus {
  pending: boolean;
  failed: boolean;
  retrying: boolean;
  action: ChunkRetryAction;
}

/**
 * Decides the view from the query's state. A retry puts a query without data back to
 * 'pending' (error cleared): that is still the failure, busy, so the alert and its focused
 * button stay in place instead of flashing away and back.
 */
export function chunkStatus({
  enabled,
  loaded,
  isError,
  isFetching,
  failedLoads,
}: ChunkQueryState): ChunkStatus {
  const wanted = enabled && !loaded;
  const retrying = wanted && isFetching && failedLoads > 0;
  const failed = wanted && (isError || retrying);
  return { pending: wanted && !failed, failed, retrying, action: chunkRetryAction(failedLoads) };
}

/** Loads `chunk` once `enabled`; on failure, says so and offers the Retry `chunkRetryAction` picks. */
export function useLazyChunk<T>(chunk: LazyChunk<T>, enabled: boolean): LazyChunkState<T> {
  const query = useQuery({ ...lazyChunkQueryOptions(chunk), enabled });
  const { refetch } = query;
  const { pending, failed, retrying, action } = chunkStatus({
    enabled,
    loaded: query.data !== undefined,
    isError: query.isError,
    isFetching: query.isFetching,
    failedLoads: query.errorUpdateCount,
  });
  const retry = useCallback(() => {
    if (action === 'reload') window.location.reload();
    else void refetch();
  }, [action, refetch]);
  const failure = useMemo(
    () => (failed ? { name: chunk.name, action, retrying, retry } : null),
    [failed, chunk.name, action, retrying, retry],
  );
  return { module: query.data, pending, failure };
}
