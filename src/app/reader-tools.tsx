import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import type { Analysis, Entity } from '../analysis/types.ts';
import { ActiveFilters } from '../features/filters/active-filters.tsx';
import { FiltersPanel } from '../features/filters/filters-panel.tsx';
import { HiddenBlocks } from '../features/filters/hidden-blocks.tsx';
import { paragraphVisibility } from '../features/filters/paragraph-visibility.ts';
import {
  type Filters,
  filterAllowlist,
  readFilters,
  writeFilters,
} from '../features/filters/read-filters.ts';
import { lexiconQueryOptions } from '../features/search/lexicon-query.ts';
import { SearchBox } from '../features/search/search-box.tsx';
import { SearchHit } from '../features/search/search-hit.tsx';
import { SearchPanel } from '../features/search/search-panel.tsx';
import { useHitNavigation } from '../features/search/use-hit-navigation.ts';
import { useSearch } from '../features/search/use-search.ts';
import { useSearchShortcut } from '../features/search/use-search-shortcut.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { useUrlParams } from './use-url-params.ts';

/** A search hit as a run mark on the innermost `search` layer. */
export interface SearchRunMark {
  layer: 'search';
  key: string;
  start: number;
  end: number;
  /** Position among the hits, for "3 из 12" and Enter / Shift+Enter. */
  index: number;
}

/**
 * Search and filters wired to the URL (`?q=`, `?related=1`, `?entity=`, `?speaker=`,
 * `?quotes=1`, `?type=`): the state, the marks and the pieces of page the layout places.
 */
export function useReaderTools(analysis: Analysis, entities: ReadonlyMap<string, Entity>) {
  const [params, setParams] = useUrlParams();
  const hydrated = useHydrated();
  const queryClient = useQueryClient();
  const allow = useMemo(() => filterAllowlist(analysis), [analysis]);
  const { filters, notices } = useMemo(() => readFilters(params, allow), [params, allow]);
  const query = params.get('q') ?? '';
  const related = params.get('related') === '1';

  const filteredIn = useMemo(() => paragraphVisibility(analysis, filters), [analysis, filters]);
  const filtersKey = writeFilters(new URLSearchParams(), filters).toString();
  // Runs of hidden paragraphs the reader chose to show again, until the filters change.
  const [shown, setShown] = useState<{ key: string; blocks: ReadonlySet<number> }>({
    key: '',
    blocks: new Set(),
  });
  const revealed = shown.key === filtersKey ? shown.blocks : null;
  const visible = useMemo(
    () => filteredIn.map((v, i) => v || (revealed?.has(i) ?? false)),
    [filteredIn, revealed],
  );

  const search = useSearch(analysis, query, related, visible);
  const navigation = useHitNavigation(`${search.result.query}|${related}|${filtersKey}`, search.hits.length);
  const inputRef = useRef<HTMLInputElement>(null);
  useSearchShortcut(inputRef);

  const setQuery = useCallback(
    (next: string) => {
      const updated = new URLSearchParams(params);
      if (next === '') updated.delete('q');
      else updated.set('q', next);
      // Typing replaces the history entry; starting or clearing a search adds one.
      setParams(updated, { replace: params.has('q') && next !== '' });
    },
    [params, setParams],
  );
  const setRelated = useCallback(
    (on: boolean) => {
      const updated = new URLSearchParams(params);
      if (on) updated.set('related', '1');
      else updated.delete('related');
      setParams(updated, { replace: true });
    },
    [params, setParams],
  );
  const setFilters = useCallback(
    (next: Filters) => setParams(writeFilters(params, next)),
    [params, setParams],
  );

  const searchMarks = useMemo<SearchRunMark[]>(
    () =>
      search.hits.map((hit, index) => ({
        layer: 'search',
        key: `hit-${index}`,
        start: hit.start,
        end: hit.end,
        index,
      })),
    [search.hits],
  );
  const blockLabel = (blockIndex: number) => {
    const block = analysis.paragraphs[blockIndex];
    if (block?.kind === 'title') return 'Заголовок';
    if (block?.kind === 'lead') return 'Вступление';
    const number = analysis.paragraphs.slice(0, blockIndex + 1).filter((b) => b.kind === 'paragraph').length;
    return `Абзац ${number}`;
  };

  return {
    filters,
    visible,
    searchMarks,
    /** The entity whose mentions are emphasised (`?entity=`). */
    emphasizedId: filters.entity,
    /** The entity types to mark, or undefined for all. */
    markedTypes: filters.types ? new Set<string>(filters.types) : undefined,
    /** Shows only the paragraphs that mention an entity, or clears that filter. */
    toggleEntity: (id: string) => setFilters({ ...filters, entity: filters.entity === id ? null : id }),
    renderHit: (mark: SearchRunMark, children: ReactNode) => (
      <SearchHit index={mark.index} current={mark.index === navigation.current}>
        {children}
      </SearchHit>
    ),
    renderHidden: (hidden: readonly number[]) => (
      <HiddenBlocks
        count={hidden.length}
        onShow={() =>
          setShown((was) => ({
            key: filtersKey,
            blocks: new Set([...(was.key === filtersKey ? was.blocks : []), ...hidden]),
          }))
        }
      />
    ),
    searchBox: (
      <SearchBox
        inputRef={inputRef}
        query={query}
        onQuery={setQuery}
        current={navigation.current}
        count={search.hits.length}
        onStep={navigation.step}
        related={related}
        onRelated={setRelated}
        onFocus={() => void queryClient.prefetchQuery(lexiconQueryOptions())}
      />
    ),
    panels: (
      <div className="reader-tools">
        {hydrated ? (
          <>
            {notices.length > 0 && (
              <p role="status" className="active-filters">
                {notices.join(' ')}
              </p>
            )}
            {query.trim() !== '' && (
              <SearchPanel
                search={search}
                current={navigation.current}
                blockLabel={blockLabel}
                entities={entities}
                onSelect={navigation.select}
                onQuery={setQuery}
                onShowEntity={(id) => setFilters({ ...filters, entity: id })}
              />
            )}
            <ActiveFilters filters={filters} entities={entities} onChange={setFilters} />
            <FiltersPanel analysis={analysis} filters={filters} onChange={setFilters} />
          </>
        ) : (
          // The filters and search results need JavaScript: until the app runs, an empty row
          // of the closed panel's height holds their place.
          <div className="filters-panel" data-pending="" />
        )}
      </div>
    ),
  };
}
