import { useId } from 'react';
import type { Analysis, Entity, EntityType } from '../../analysis/types.ts';
import { entityIndex, entityTypeLabel } from './entity-index.ts';
import { type Filters, hasFilters, noFilters } from './read-filters.ts';
import './filters.css';

interface FiltersPanelProps {
  analysis: Analysis;
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/**
 * "Кто и что упомянуто": every entity grouped by type with its count (choosing one shows
 * only the paragraphs that mention it), the speaker and quotes-only filters, which types
 * are marked, and one button that clears everything.
 */
export function FiltersPanel({ analysis, filters, onChange }: FiltersPanelProps) {
  const id = useId();
  const groups = entityIndex(analysis);
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const speakers = [...new Set(analysis.quotes.flatMap((q) => (q.speaker === null ? [] : [q.speaker])))]
    .flatMap((s) => byId.get(s) ?? [])
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  const presentTypes = groups.map((g) => g.type);
  const markedTypes = filters.types ?? presentTypes;
  const toggleType = (type: EntityType, on: boolean) => {
    const next = presentTypes.filter((t) => (t === type ? on : markedTypes.includes(t)));
    onChange({ ...filters, types: next.length === presentTypes.length ? null : next });
  };

  return (
    <details className="filters-panel" open={hasFilters(filters) || undefined}>
      <summary>Кто и что упомянуто</summary>
      {groups.map((group) => (
        <section key={group.type} className="entity-index-group" aria-labelledby={`${id}-${group.type}`}>
          <h2 id={`${id}-${group.type}`} className="entity-index-title">
            {group.label} <span className="entity-index-count">{group.rows.length}</span>
          </h2>
          <ul className="entity-index-list">
            {group.rows.map((row) => (
              <li key={row.id}>
                <button
                  type="button"
                  className="entity-index-item"
                  data-filter-entity={row.id}
                  aria-pressed={filters.entity === row.id}
                  onClick={() => onChange({ ...filters, entity: filters.entity === row.id ? null : row.id })}
                >
                  {row.name} <span className="entity-index-count">{row.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className="filters-controls">
        {speakers.length > 0 && (
          <label className="filters-control">
            Цитаты автора{' '}
            <select
              value={filters.speaker ?? ''}
              data-filter-speaker=""
              onChange={(event) => onChange({ ...filters, speaker: event.target.value || null })}
            >
              <option value="">все</option>
              {speakers.map((s: Entity) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="filters-control">
          <input
            type="checkbox"
            data-filter-quotes=""
            checked={filters.quotesOnly}
            onChange={(event) => onChange({ ...filters, quotesOnly: event.target.checked })}
          />{' '}
          только абзацы с цитатами
        </label>
        {presentTypes.length > 0 && (
          <fieldset className="filters-types">
            <legend>Отмечать в тексте</legend>
            {presentTypes.map((type) => (
              <label key={type} className="filters-control">
                <input
                  type="checkbox"
                  data-filter-type={type}
                  checked={markedTypes.includes(type)}
                  onChange={(event) => toggleType(type, event.target.checked)}
                />{' '}
                {entityTypeLabel(type)}
              </label>
            ))}
          </fieldset>
        )}
        <button
          type="button"
          className="control-button filters-clear"
          disabled={!hasFilters(filters)}
          onClick={() => onChange(noFilters)}
        >
          Сбросить фильтры
        </button>
      </div>
    </details>
  );
}
