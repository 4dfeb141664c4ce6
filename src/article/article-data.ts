import type { Analysis } from '../analysis/types.ts';

/** Curated facts about an entity, for its card. */
export interface EntityFacts {
  description: string;
}

/** What the reader loads: the analysis of the article and the curated facts about its entities. */
export interface ArticleData {
  analysis: Analysis;
  /** Keyed by `Entity.id`; entities without curated facts are absent. */
  facts: Record<string, EntityFacts>;
}
