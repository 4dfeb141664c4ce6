import type { Entity, Span } from '../types.ts';

/**
 * The entities a search names: those with a name or abbreviation mention that a hit
 * overlaps ("Токаева" hits "Токаев" in "Касым-Жомарт Токаев"), most hits first. The UI
 * offers "все упоминания" for them, descriptions and pronouns included.
 */
export function entitiesNamedBy(hits: readonly Span[], entities: readonly Entity[]): string[] {
  if (hits.length === 0) return [];
  const counts: { id: string; count: number; order: number }[] = [];
  entities.forEach((entity, order) => {
    let count = 0;
    for (const mention of entity.mentions) {
      if (mention.kind !== 'name' && mention.kind !== 'abbrev') continue;
      if (overlapsAny(hits, mention)) count++;
    }
    if (count > 0) counts.push({ id: entity.id, count, order });
  });
  return counts.sort((a, b) => b.count - a.count || a.order - b.order).map((c) => c.id);
}

/** Hits are sorted and disjoint: binary search for the first hit ending after the span starts. */
function overlapsAny(hits: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] as Span).end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const hit = hits[lo];
  return hit !== undefined && hit.start < span.end;
}
