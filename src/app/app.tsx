import { type QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { articleQueryOptions } from '../article/article-query.ts';

function Reader() {
  const { data } = useQuery(articleQueryOptions());
  if (!data) return <p role="status">Загружаем статью…</p>;
  const { text, paragraphs } = data.analysis;
  const [title, ...rest] = paragraphs;
  return (
    <article lang="ru">
      {title && <h1>{text.slice(title.start, title.end)}</h1>}
      {rest.map((block) => (
        <p key={block.start}>{text.slice(block.start, block.end)}</p>
      ))}
    </article>
  );
}

/** The composition root: providers and layout. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <main>
        <Reader />
      </main>
    </QueryClientProvider>
  );
}
