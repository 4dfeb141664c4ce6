import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { buildSearchIndex } from '../../analysis/search/build-search-index.ts';
import { entitiesNamedBy } from '../../analysis/search/entities-named-by.ts';
import { emptyLexicon, readLexicon } from '../../analysis/search/lexicon.ts';
import { type SearchResult, searchMentions } from '../../analysis/search/search-mentions.ts';
import { suggestWords } from '../../analysis/search/suggest-words.ts';
import type { Analysis, Span } from '../../analysis/types.ts';
import { type HitGroup, hitContexts } from './hit-contexts.ts';
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
}

/**
 * Searches the article as the reader types. The lexicon is fetched on the first query;
 * the index is built once per text and lexicon; the query is deferred so typing stays
 * responsive while marks re-render.
 */
export function useSearch(
  analysis: Analysis,
  query: string,
  related: boolean,
  visible: readonly boolean[] | null,
): SearchState {
  const active = query.trim() !== '';
  const lexicon = useQuery({ ...lexiconQueryOptions(), enabled: active });
  const index = useMemo(
    () => buildSearchIndex(analysis.text, lexicon.data ? readLexicon(lexicon.data) : emptyLexicon),
    [analysis.text, lexicon.data],
  );
  const deferredQuery = useDeferredValue(query);
  const pending = active && lexicon.isPending;
  const found = useMemo(() => {
    const result = searchMentions(index, deferredQuery, { related });
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
      groups: hitContexts(analysis.text, blocks, shown),
      entityIds: entitiesNamedBy(result.hits, analysis.entities),
      suggestions:
        result.mode === 'words' && result.hits.length === 0 ? suggestWords(index, result.query) : [],
    };
  }, [index, deferredQuery, related, visible, analysis]);
  return useMemo(() => ({ ...found, pending }), [found, pending]);
}
