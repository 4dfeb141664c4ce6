import { maxQueryLength } from '../../analysis/search/max-query-length.ts';
import type { Entity } from '../../analysis/types.ts';
import { ChunkLoadAlert } from '../../ui/chunk-load-alert.tsx';
import { pluralRu } from '../../ui/plural-ru.ts';
import type { SearchState } from './use-search.ts';
import './search.css';

interface SearchPanelProps {
  search: SearchState;
  current: number | null;
  /** Block labels for the results list ("Заголовок", "Абзац 3"). */
  blockLabel: (blockIndex: number) => string;
  entities: ReadonlyMap<string, Entity>;
  onSelect: (hitIndex: number) => void;
  onQuery: (query: string) => void;
  onShowEntity: (entityId: string) => void;
}

/** Longer queries are echoed by their start, so a pasted paragraph does not fill the status line. */
const echoLength = 60;

/** The query as the status line repeats it. */
function echoQuery(query: string): string {
  return query.length > echoLength ? `${query.slice(0, echoLength).trimEnd()}…` : query;
}

const matches = { one: 'совпадение', few: 'совпадения', many: 'совпадений' };

/**
 * Under the header while a search is active: a polite status line (count, or no hits with
 * suggestions), the entity the query names with "все упоминания", and the hits with
 * their context, grouped by paragraph.
 */
export function SearchPanel({
  search,
  current,
  blockLabel,
  entities,
  onSelect,
  onQuery,
  onShowEntity,
}: SearchPanelProps) {
  const { result, hits, hiddenCount, groups, entityIds, suggestions, pending, engineFailure } = search;
  const named = entityIds.flatMap((id) => entities.get(id) ?? []).slice(0, 2);
  if (engineFailure)
    return (
      <section className="search-panel" aria-label="Результаты поиска">
        <ChunkLoadAlert failure={engineFailure} what="Поиск по статье пока не работает." />
      </section>
    );
  return (
    <section className="search-panel" aria-label="Результаты поиска">
      <p role="status" className="search-status">
        {pending
          ? 'Загружаем словарь форм…'
          : hits.length > 0
            ? `Найдено ${hits.length} ${pluralRu(hits.length, matches)}.`
            : `По запросу «${echoQuery(result.query)}» ничего не найдено.`}
        {hiddenCount > 0 && ` Ещё ${hiddenCount} — в скрытых фильтром абзацах.`}
        {result.truncated && ` Запрос обрезан до ${maxQueryLength} символов.`}
        {!pending &&
          hits.length === 0 &&
          suggestions.length === 0 &&
          ' Попробуйте другое слово или начальную форму.'}
      </p>
      {!pending && suggestions.length > 0 && (
        <p className="search-suggestions">
          Возможно, вы искали:{' '}
          {suggestions.map((word, i) => (
            <span key={word}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onQuery(word)}>
                {word}
              </button>
            </span>
          ))}
        </p>
      )}
      {named.map((entity) => (
        <p key={entity.id} className="search-entity">
          {entity.name}: упоминания по имени, описанию и местоимениям —{' '}
          <button
            type="button"
            className="link-button"
            data-entity-all={entity.id}
            onClick={() => onShowEntity(entity.id)}
          >
            все упоминания
          </button>
        </p>
      ))}
      {groups.length > 0 && (
        <details className="search-results">
          <summary>Совпадения по абзацам</summary>
          <ol className="search-result-groups">
            {groups.map((group) => (
              <li key={group.blockIndex}>
                <span className="search-result-block">{blockLabel(group.blockIndex)}</span>
                <ul>
                  {group.contexts.map((context) => (
                    <li key={context.hitIndex}>
                      <button
                        type="button"
                        className="search-result"
                        aria-current={context.hitIndex === current ? 'true' : undefined}
                        onClick={() => onSelect(context.hitIndex)}
                      >
                        {context.before}
                        <b className="search-result-match">{context.match}</b>
                        {context.after}
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
