import type { Entity } from '../analysis/types.ts';
import type { EntityFacts } from './article-data.ts';

/**
 * Curated facts about entities that news about Kazakhstan, Russia and the SCO mentions,
 * keyed by type and canonical name (never by position in a text). Entities not listed
 * here get a card with their type and count only.
 */
const facts = new Map<string, EntityFacts>([
  ['PER:Касым-Жомарт Токаев', { description: 'Президент Республики Казахстан с 2019 года.' }],
  ['PER:Владимир Путин', { description: 'Президент Российской Федерации.' }],
  ['LOC:Казахстан', { description: 'Республика Казахстан (РК), государство в Центральной Азии.' }],
  ['LOC:Россия', { description: 'Российская Федерация (РФ).' }],
  ['LOC:Алматы', { description: 'Крупнейший город Казахстана, его бывшая столица.' }],
  [
    'ORG:ШОС',
    {
      description:
        'Шанхайская организация сотрудничества: региональная организация, основанная в 2001 году; Казахстан — один из её основателей.',
    },
  ],
  ['MEDIA:Известия', { description: 'Российская ежедневная газета, выходит с 1917 года.' }],
  ['MEDIA:Zakon.kz', { description: 'Казахстанский новостной портал.' }],
]);

/** The curated facts for an entity, or undefined when we have none. */
export function factsFor(entity: Pick<Entity, 'type' | 'name'>): EntityFacts | undefined {
  return facts.get(`${entity.type}:${entity.name}`);
}
