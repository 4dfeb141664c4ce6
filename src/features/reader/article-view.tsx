import { Fragment, type ReactNode } from 'react';
import type { Analysis, Block } from '../../analysis/types.ts';
import { buildRuns, type RunMark, type RunPoint } from './build-runs.ts';
import { estimateReadingTime, formatReadingTime } from './estimate-reading-time.ts';
import { RenderRuns, type RunRenderers } from './render-runs.tsx';

/** The DOM id of the article element, for the progress bar and skip link. */
export const articleId = 'article';

interface ArticleViewProps<M extends RunMark, P extends RunPoint> {
  analysis: Analysis;
  /** The outlet's name ("Zakon.kz"), shown above the title. */
  sourceName: string | null;
  /** Every layer's marks; `layers` orders them from outermost to innermost. */
  marks: readonly M[];
  layers: readonly string[];
  points: readonly P[];
  renderers: RunRenderers<M, P>;
  /** Per `analysis.paragraphs` entry, false for a block that filters hide; absent, all show. */
  visible?: readonly boolean[];
  /** The marker standing for consecutive hidden blocks (their indices in `analysis.paragraphs`). */
  renderHidden?: (blocks: readonly number[]) => ReactNode;
}

/**
 * The article as one `<article lang="ru">`: source, reading time and rubric above the
 * `<h1>` title, then the lead and paragraphs as `<p>`, with every layer's marks nested in.
 */
export function ArticleView<M extends RunMark, P extends RunPoint>({
  analysis,
  sourceName,
  marks,
  layers,
  points,
  renderers,
  visible,
  renderHidden,
}: ArticleViewProps<M, P>) {
  const { text, paragraphs } = analysis;
  const title = paragraphs.find((b) => b.kind === 'title');
  const rubrics = paragraphs.filter((b) => b.kind === 'rubric');
  const body = paragraphs.filter((b) => b.kind === 'lead' || b.kind === 'paragraph');
  const time = formatReadingTime(estimateReadingTime(body.map((b) => text.slice(b.start, b.end)).join('\n')));
  const inline = (block: Block): ReactNode => (
    <RenderRuns text={text} runs={buildRuns(block, marks, layers, points)} renderers={renderers} />
  );

  return (
    <article lang="ru" id={articleId} className="article">
      <header className="article-header">
        <div className="article-meta">
          {sourceName && <span className="article-source">{sourceName}</span>}
          <span className="article-time">
            <span className="visually-hidden">Время чтения: </span>
            {time}
          </span>
          {rubrics.map((rubric) => (
            <span key={rubric.start} className="article-rubric">
              {text.slice(rubric.start, rubric.end)}
            </span>
          ))}
        </div>
        {title && <h1 className="article-title">{inline(title)}</h1>}
      </header>
      {groupHidden(paragraphs, visible).map((item) =>
        Array.isArray(item) ? (
          <Fragment key={`hidden-${item[0]}`}>{renderHidden?.(item)}</Fragment>
        ) : (
          <p key={item.start} className={blockClass(item, analysis.quotes)}>
            {inline(item)}
          </p>
        ),
      )}
    </article>
  );
}

/**
 * A paragraph with speech gets its rule from its class, not from `:has(.quote)`: a page
 * painted while its HTML still arrives may show a paragraph before its quote is parsed,
 * and the rule appearing then would move the text.
 */
function blockClass(block: Block, quotes: Analysis['quotes']): string {
  if (block.kind === 'lead') return 'article-lead';
  const quoted = quotes.some((quote) => quote.start < block.end && quote.end > block.start);
  return quoted ? 'article-paragraph article-paragraph-quoted' : 'article-paragraph';
}

/** The body blocks in order, with each run of consecutive hidden blocks as one list of their indices. */
function groupHidden(
  paragraphs: readonly Block[],
  visible: readonly boolean[] | undefined,
): (Block | number[])[] {
  const items: (Block | number[])[] = [];
  paragraphs.forEach((block, index) => {
    if (block.kind !== 'lead' && block.kind !== 'paragraph') return;
    if (visible?.[index] !== false) {
      items.push(block);
      return;
    }
    const last = items[items.length - 1];
    if (Array.isArray(last)) last.push(index);
    else items.push([index]);
  });
  return items;
}
