import { queryOptions } from '@tanstack/react-query';
import type { ArticleData } from './article-data.ts';

/** Where the build publishes the article's data (and prerenders it into the page). */
export const articleDataUrl = '/data/article.json';

/** The one way the UI gets the article: used by the hook, the hydration seed and the tests. */
export function articleQueryOptions() {
  return queryOptions({
    queryKey: ['article'] as const,
    queryFn: async ({ signal }): Promise<ArticleData> => {
      const response = await fetch(articleDataUrl, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as ArticleData;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
