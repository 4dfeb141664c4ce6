import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { SearchResult } from '../../analysis/search/search-mentions.ts';
import type { Analysis, Span } from '../../analysis/types.ts';
import { type ChunkFailure, type LazyChunk, useLazyChunk } from '../../ui/lazy-chunk.ts';
import type { HitGroup } from './hit-contexts.ts';
import { lexiconQueryOptions } from './lexicon-query.ts';

/** What the search shows for the current query. */
export interface SearchState {
  result: SearchResult;
  /** Hits in the paragraphs on screen, in text order. */
  hits: Span[];
  /** Hits in paragraphs that filters hide. */
  hiddenCount: number;
  groups: HitGroup[];
  /** Entities the query names ("Токаева" → Токаев), for "все упоминания". */
  entityIds: string[];
  /** Words of the text close to a query that found nothing. */
  suggestions: string[];
  /** The lexicon is still loading: for now, words match only as written. */
  pending: boolean;
  /** The engine's chunk did not load (after a redeploy, or offline): nothing can be searched until Retry. */
  engineFailure: ChunkFailure | null;
}

/** The search engine, split off and loaded on the first query. */
const searchEngineChunk: LazyChunk<typeof import('./search-engine.ts')> = {
  name: 'search-engine',
  load: () => import('./search-engine.ts'),
};

/**
 * Searches the article as the reader types. The engine and the lexicon are fetched on
 * the first query; the index is built once per text and lexicon; the query is deferred so
 * typing stays responsive while marks re-render.
 */
export function useSearch(
  analysis: Analysis,
  query: string,
  related: boolean,
  visible: readonly boolean[] | null,
): SearchState {
  const active = query.trim() !== '';
  const lexicon = useQuery({ ...lexiconQueryOptions(), enabled: active });
  const engine = useLazyChunk(searchEngineChunk, active);
  const index = useMemo(() => {
    const e = engine.module;
    return e
      ? e.buildSearchIndex(analysis.text, lexicon.data ? e.readLexicon(lexicon.data) : e.emptyLexicon)
      : null;
  }, [engine.module, analysis.text, lexicon.data]);
  const deferredQuery = useDeferredValue(query);
  const pending = active && !engine.failure && (lexicon.isPending || engine.pending);
  const found = useMemo(() => {
    const e = engine.module;
    if (!e || !index) return notSearched;
    const result = e.searchMentions(index, deferredQuery, { related });
    const blocks = analysis.paragraphs;
    // The reader shows rubrics as tags, not as text with marks: their hits are left out.
    const inText = result.hits.filter((hit) => {
      const block = blocks.find((b) => b.start <= hit.start && hit.start < b.end);
      return block?.kind !== 'rubric';
    });
    const shown = visible
      ? inText.filter((hit) => {
          const b = blocks.findIndex((block) => block.start <= hit.start && hit.start < block.end);
          return b === -1 || visible[b] !== false;
        })
      : inText;
    return {
      result,
      hits: shown,
      hiddenCount: inText.length - shown.length,
      groups: e.hitContexts(analysis.text, blocks, shown),
      entityIds: e.entitiesNamedBy(result.hits, analysis.entities),
      suggestions:
        result.mode === 'words' && result.hits.length === 0 ? e.suggestWords(index, result.query) : [],
    };
  }, [engine.module, index, deferredQuery, related, visible, analysis]);
  const engineFailure = engine.failure;
  return useMemo(() => ({ ...found, pending, engineFailure }), [found, pending, engineFailure]);
}

/** Before the engine has loaded (or with no query): nothing found, nothing to suggest. */
const notSearched: Omit<SearchState, 'pending' | 'engineFailure'> = {
  result: { query: '', truncated: false, mode: 'words', hits: [] },
  hits: [],
  hiddenCount: 0,
  groups: [],
  entityIds: [],
  suggestions: [],
};
