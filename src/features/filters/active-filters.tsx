import type { Entity } from '../../analysis/types.ts';
import { entityTypeLabel } from './entity-index.ts';
import { type Filters, hasFilters, noFilters } from './read-filters.ts';
import './filters.css';

/** One line above the article while filters apply: what is shown, and one action to clear all. */
export function ActiveFilters({
  filters,
  entities,
  onChange,
}: {
  filters: Filters;
  entities: ReadonlyMap<string, Entity>;
  onChange: (filters: Filters) => void;
}) {
  if (!hasFilters(filters)) return null;
  const parts: string[] = [];
  if (filters.entity !== null)
    parts.push(`упоминания: ${entities.get(filters.entity)?.name ?? filters.entity}`);
  if (filters.speaker !== null)
    parts.push(`цитаты: ${entities.get(filters.speaker)?.name ?? filters.speaker}`);
  if (filters.quotesOnly) parts.push('только абзацы с цитатами');
  if (filters.types) parts.push(`отмечены: ${filters.types.map(entityTypeLabel).join(', ').toLowerCase()}`);
  return (
    <p className="active-filters" data-active-filters="">
      <span>Фильтр — {parts.join(' · ')}</span>{' '}
      <button type="button" className="link-button" data-clear-filters="" onClick={() => onChange(noFilters)}>
        Сбросить все фильтры
      </button>
    </p>
  );
}
