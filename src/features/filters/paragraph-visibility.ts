import type { Analysis, Span } from '../../analysis/types.ts';
import type { Filters } from './read-filters.ts';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Which blocks the filters keep, one flag per `analysis.paragraphs` entry. The title
 * always stays, so the reader knows where they are; the type filter only changes what
 * is marked, never which paragraphs show.
 */
export function paragraphVisibility(analysis: Analysis, filters: Filters): boolean[] {
  const entity = filters.entity === null ? undefined : analysis.entities.find((e) => e.id === filters.entity);
  const speakerQuotes =
    filters.speaker === null ? [] : analysis.quotes.filter((q) => q.speaker === filters.speaker);
  return analysis.paragraphs.map((block) => {
    if (block.kind === 'title') return true;
    if (filters.entity !== null && !entity?.mentions.some((m) => overlaps(m, block))) return false;
    if (filters.speaker !== null && !speakerQuotes.some((q) => overlaps(q, block))) return false;
    if (filters.quotesOnly && !analysis.quotes.some((q) => overlaps(q, block))) return false;
    return true;
  });
}

/** A block to show, or a run of hidden blocks shown as one "N абзацев скрыто" line. */
export type VisibilityRun =
  | { kind: 'shown'; index: number }
  | { kind: 'hidden'; from: number; count: number };

/** Groups consecutive hidden blocks, so each gap in the article is one marker. */
export function visibilityRuns(visible: readonly boolean[]): VisibilityRun[] {
  const runs: VisibilityRun[] = [];
  visible.forEach((shown, index) => {
    const last = runs[runs.length - 1];
    if (shown) runs.push({ kind: 'shown', index });
    else if (last?.kind === 'hidden') last.count++;
    else runs.push({ kind: 'hidden', from: index, count: 1 });
  });
  return runs;
}
