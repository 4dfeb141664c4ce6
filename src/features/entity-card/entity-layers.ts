import type { Analysis, Entity, Mention } from '../../analysis/types.ts';

/** An entity mention as a run mark on the `entity` layer. */
export interface MentionRunMark {
  layer: 'entity';
  key: string;
  start: number;
  end: number;
  entity: Entity;
  mention: Mention;
  /** Overlaps another mention ("РК" inside "Президент РК Касым-Жомарт Токаев"). */
  nested: boolean;
}

/** The DOM id of an entity's card, which each mention's `aria-describedby` names. */
export function entityCardId(entityId: string): string {
  return `entity-card-${entityId}`;
}

/** Every mention of every entity, optionally only for some entity types. */
export function mentionMarks(analysis: Analysis, types?: ReadonlySet<string>): MentionRunMark[] {
  const marks = analysis.entities
    .filter((entity) => !types || types.has(entity.type))
    .flatMap((entity) =>
      entity.mentions.map(
        (mention): MentionRunMark => ({
          layer: 'entity',
          key: `${entity.id}@${mention.start}`,
          start: mention.start,
          end: mention.end,
          entity,
          mention,
          nested: false,
        }),
      ),
    );
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  // Sweep in start order: a mark overlaps every later mark that starts before it ends.
  for (let i = 0; i < byStart.length; i++) {
    const a = byStart[i] as MentionRunMark;
    for (let j = i + 1; j < byStart.length && (byStart[j] as MentionRunMark).start < a.end; j++) {
      a.nested = true;
      (byStart[j] as MentionRunMark).nested = true;
    }
  }
  return marks;
}
