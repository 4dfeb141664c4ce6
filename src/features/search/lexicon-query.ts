import { queryOptions } from '@tanstack/react-query';
import type { SerializedLexicon } from '../../analysis/search/lexicon.ts';

/** Where the build publishes the article's search lexicon. */
export const lexiconUrl = '/data/lexicon.json';

/** Checks the shape of fetched data before trusting it. */
export function isSerializedLexicon(data: unknown): data is SerializedLexicon {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.v === 1 &&
    Array.isArray(d.endings) &&
    d.endings.every((e) => typeof e === 'string') &&
    Array.isArray(d.lemmas) &&
    d.lemmas.every((e) => typeof e === 'string') &&
    Array.isArray(d.related) &&
    d.related.every((e) => Number.isInteger(e))
  );
}

/** The search lexicon, fetched once when the reader first searches; one retry, then search works by word form only. */
export function lexiconQueryOptions() {
  return queryOptions({
    queryKey: ['lexicon'] as const,
    queryFn: async ({ signal }): Promise<SerializedLexicon> => {
      const response = await fetch(lexiconUrl, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data: unknown = await response.json();
      if (!isSerializedLexicon(data)) throw new Error('malformed lexicon');
      return data;
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
    networkMode: 'always',
  });
}
