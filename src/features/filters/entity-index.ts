import type { Analysis, EntityType } from '../../analysis/types.ts';
import { entityTypes } from './read-filters.ts';

/** One row of the index: an entity and how often the text mentions it. */
export interface EntityIndexRow {
  id: string;
  name: string;
  count: number;
}

/** One group of the index: every entity of a type, most mentioned first. */
export interface EntityIndexGroup {
  type: EntityType;
  label: string;
  rows: EntityIndexRow[];
}

const labels: Record<EntityType, string> = {
  PER: 'Люди',
  ORG: 'Организации',
  LOC: 'Места',
  MEDIA: 'СМИ',
  EVENT: 'События',
  DATE: 'Даты',
};

/** "Кто и что упомянуто": the article's entities grouped by type, with mention counts. */
export function entityIndex(analysis: Analysis): EntityIndexGroup[] {
  return entityTypes
    .map((type) => ({
      type,
      label: labels[type],
      rows: analysis.entities
        .filter((e) => e.type === type)
        .map((e) => ({ id: e.id, name: e.name, count: e.mentions.length }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'ru')),
    }))
    .filter((group) => group.rows.length > 0);
}

/** The Russian label of an entity type ("Люди"), for the type filter. */
export function entityTypeLabel(type: EntityType): string {
  return labels[type];
}
