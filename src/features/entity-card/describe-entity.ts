import type { Entity, EntityType } from '../../analysis/types.ts';
import { pluralRu } from '../../ui/plural-ru.ts';

const typeWords: Record<EntityType, string> = {
  PER: 'Персона',
  ORG: 'Организация',
  LOC: 'Место',
  MEDIA: 'СМИ',
  EVENT: 'Событие',
  DATE: 'Дата',
};

/** The entity type as a Russian word for the card ("Персона", "Организация" …). */
export function typeWord(type: EntityType | string): string {
  return typeWords[type as EntityType] ?? 'Сущность';
}

/** The distinct surface forms of an entity's mentions, in order of first use, case-insensitively. */
export function mentionForms(text: string, entity: Pick<Entity, 'mentions'>): string[] {
  const seen = new Set<string>();
  const forms: string[] = [];
  for (const mention of entity.mentions) {
    const form = text.slice(mention.start, mention.end).replace(/\s+/g, ' ').trim();
    const folded = form.toLocaleLowerCase('ru').replace(/ё/g, 'е');
    if (!form || seen.has(folded)) continue;
    seen.add(folded);
    forms.push(form);
  }
  return forms;
}

/**
 * "7 упоминаний · формы: Казахстан, Казахстана, Казахстаном": the count with the right
 * plural, then up to `maxForms` forms and how many more there are.
 */
export function describeMentions(text: string, entity: Pick<Entity, 'mentions'>, maxForms = 5): string {
  const count = entity.mentions.length;
  const counted = `${count} ${pluralRu(count, { one: 'упоминание', few: 'упоминания', many: 'упоминаний' })}`;
  const forms = mentionForms(text, entity);
  if (forms.length === 0) return counted;
  const shown = forms.slice(0, maxForms).join(', ');
  const more = forms.length - maxForms;
  const label = forms.length === 1 ? 'форма' : 'формы';
  return `${counted} · ${label}: ${shown}${more > 0 ? ` и ещё ${more}` : ''}`;
}
