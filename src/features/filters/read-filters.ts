import type { Analysis, EntityType } from '../../analysis/types.ts';

/** What the reader narrowed the article to; null and false mean "not filtered". */
export interface Filters {
  /** Only paragraphs that mention this entity (`?entity=`). */
  entity: string | null;
  /** Only paragraphs with quotes by this speaker (`?speaker=`). */
  speaker: string | null;
  /** Only paragraphs that contain quotes (`?quotes=1`). */
  quotesOnly: boolean;
  /** Only these entity types are marked (`?type=PER,LOC`); null marks every type. */
  types: readonly EntityType[] | null;
}

/** No filter at all. */
export const noFilters: Filters = { entity: null, speaker: null, quotesOnly: false, types: null };

/** The values a URL may name, taken from the analysis: compared by `Set.has`, never used as keys. */
export interface FilterAllowlist {
  entities: ReadonlySet<string>;
  speakers: ReadonlySet<string>;
  types: ReadonlySet<EntityType>;
}

/** Every entity type the reader knows, in the order the index shows them. */
export const entityTypes: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MEDIA', 'EVENT', 'DATE'];

/** The allowlist for one article: its entities, its quotes' speakers, the known types. */
export function filterAllowlist(analysis: Analysis): FilterAllowlist {
  return {
    entities: new Set(analysis.entities.map((e) => e.id)),
    speakers: new Set(analysis.quotes.flatMap((q) => (q.speaker === null ? [] : [q.speaker]))),
    types: new Set(entityTypes),
  };
}

/** Longest value considered; anything longer is malformed. */
const maxValueLength = 200;

/**
 * Reads the filters from URL parameters. Unknown or malformed values are dropped, each
 * with a short Russian notice for the reader; nothing here throws.
 */
export function readFilters(
  params: URLSearchParams,
  allow: FilterAllowlist,
): { filters: Filters; notices: string[] } {
  const notices: string[] = [];
  const pick = (name: string, allowed: ReadonlySet<string>, what: string): string | null => {
    const value = params.get(name);
    if (value === null || value === '') return null;
    if (value.length <= maxValueLength && allowed.has(value)) return value;
    notices.push(`${what} из ссылки не найден в этой статье — фильтр не применён.`);
    return null;
  };
  const entity = pick('entity', allow.entities, 'Объект');
  const speaker = pick('speaker', allow.speakers, 'Автор цитат');

  const quotesValue = params.get('quotes');
  let quotesOnly = false;
  if (quotesValue === '1') quotesOnly = true;
  else if (quotesValue !== null && quotesValue !== '' && quotesValue !== '0') {
    notices.push('Непонятное значение фильтра цитат в ссылке — показаны все абзацы.');
  }

  let types: EntityType[] | null = null;
  const typeValue = params.get('type');
  if (typeValue !== null && typeValue !== '') {
    const known = typeValue
      .slice(0, maxValueLength)
      .split(',')
      .map((t) => t.trim().toUpperCase())
      .filter(Boolean);
    const valid = entityTypes.filter((t) => known.includes(t) && allow.types.has(t));
    if (valid.length < new Set(known).size || typeValue.length > maxValueLength) {
      notices.push('Часть типов из ссылки неизвестна — они пропущены.');
    }
    types = valid.length > 0 ? valid : null;
  }
  return { filters: { entity, speaker, quotesOnly, types }, notices };
}

/** Writes the filters into a copy of `params`, leaving other parameters (`q`) as they were. */
export function writeFilters(params: URLSearchParams, filters: Filters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) =>
    value === null ? next.delete(name) : next.set(name, value);
  set('entity', filters.entity);
  set('speaker', filters.speaker);
  set('quotes', filters.quotesOnly ? '1' : null);
  set('type', filters.types && filters.types.length > 0 ? filters.types.join(',') : null);
  return next;
}

/** True when any filter narrows the article. */
export function hasFilters(filters: Filters): boolean {
  return filters.entity !== null || filters.speaker !== null || filters.quotesOnly || filters.types !== null;
}
