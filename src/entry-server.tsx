import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app/app.tsx';
import { createQueryClient } from './app/create-query-client.ts';
import type { ArticleData } from './article/article-data.ts';

/** Prerenders the reader with the article's data, at build time. */
export function render(data: ArticleData): string {
  return renderToString(
    <StrictMode>
      <App queryClient={createQueryClient(data)} />
    </StrictMode>,
  );
}
