import { analyzeArticle } from '../../src/analysis/analyze-article.ts';
import type { MorphAnalyzer } from '../../src/analysis/morphology/morph-analyzer.ts';
import type { ArticleData } from '../../src/article/article-data.ts';
import { factsFor } from '../../src/article/entity-facts.ts';

/** The article's analysis joined with the curated facts about its entities. */
export function buildArticleData(text: string, morph: MorphAnalyzer): ArticleData {
  const analysis = analyzeArticle(text, morph);
  const facts: ArticleData['facts'] = {};
  for (const entity of analysis.entities) {
    const known = factsFor(entity);
    if (known) facts[entity.id] = known;
  }
  return { analysis, facts };
}
