import { type RefObject, useId } from 'react';
import { maxQueryLength } from '../../analysis/search/max-query-length.ts';
import './search.css';

interface SearchBoxProps {
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  onQuery: (query: string) => void;
  /** Index of the current hit, or null. */
  current: number | null;
  count: number;
  onStep: (direction: 1 | -1) => void;
  related: boolean;
  onRelated: (related: boolean) => void;
  /** Called when the field is first used, to fetch the lexicon early. */
  onFocus?: () => void;
}

/**
 * The search field in the header: the count ("3 из 12") inside it, previous and next
 * buttons, and the related-words switch. Enter and Shift+Enter move between hits.
 */
export function SearchBox({
  inputRef,
  query,
  onQuery,
  current,
  count,
  onStep,
  related,
  onRelated,
  onFocus,
}: SearchBoxProps) {
  const id = useId();
  const active = query.trim() !== '';
  return (
    // Before hydration the form still works: it submits ?q= to the reader itself.
    <search className="search-box">
      <form className="search-form" method="get" onSubmit={(event) => event.preventDefault()}>
        <div className="search-field">
          <label htmlFor={`${id}-q`} className="visually-hidden">
            Поиск по статье
          </label>
          <input
            ref={inputRef}
            id={`${id}-q`}
            type="search"
            name="q"
            className="search-input"
            placeholder="Поиск  /"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            maxLength={maxQueryLength}
            // A shared link may carry a longer ?q= (the search cuts it and says so); the field shows what is searched.
            value={query.length > maxQueryLength ? query.slice(0, maxQueryLength) : query}
            aria-describedby={`${id}-count`}
            aria-keyshortcuts="/ Control+K"
            onFocus={onFocus}
            onChange={(event) => onQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                onStep(event.shiftKey ? -1 : 1);
              } else if (event.key === 'Escape' && query !== '') {
                event.preventDefault();
                onQuery('');
              }
            }}
          />
          <output id={`${id}-count`} className="search-count" data-search-count="">
            {active ? (current === null ? '0 из 0' : `${current + 1} из ${count}`) : ''}
          </output>
        </div>
        <button
          type="button"
          className="control-button search-step"
          aria-label="Предыдущее совпадение"
          disabled={count === 0}
          onClick={() => onStep(-1)}
        >
          <Chevron up />
        </button>
        <button
          type="button"
          className="control-button search-step"
          aria-label="Следующее совпадение"
          disabled={count === 0}
          onClick={() => onStep(1)}
        >
          <Chevron />
        </button>
        <label className="search-related">
          <input type="checkbox" checked={related} onChange={(event) => onRelated(event.target.checked)} />
          родственные слова
        </label>
      </form>
    </search>
  );
}

function Chevron({ up = false }: { up?: boolean }) {
  return (
    <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor">
      <path
        d={up ? 'M4 10l4-4 4 4' : 'M4 6l4 4 4-4'}
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
