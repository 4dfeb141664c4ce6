import { QueryClient } from '@tanstack/react-query';
import type { ArticleData } from '../article/article-data.ts';
import { articleQueryOptions } from '../article/article-query.ts';

/** A query client, seeded with the prerendered article when there is one. */
export function createQueryClient(seed?: ArticleData): QueryClient {
  const client = new QueryClient();
  if (seed) client.setQueryData(articleQueryOptions().queryKey, seed);
  return client;
}
