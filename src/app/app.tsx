import { type QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { type MouseEvent, type ReactNode, useCallback, useMemo, useState } from 'react';
import type { ArticleData } from '../article/article-data.ts';
import { articleQueryOptions } from '../article/article-query.ts';
import { EntityCardContext } from '../features/entity-card/entity-card-context.ts';
import { EntityCardController } from '../features/entity-card/entity-card-controller.ts';
import { EntityCards } from '../features/entity-card/entity-cards.tsx';
import { type MentionRunMark, mentionMarks } from '../features/entity-card/entity-layers.ts';
import { EntityMention } from '../features/entity-card/entity-mention.tsx';
import { ArticleErrorBoundary } from '../features/load-status/article-error-boundary.tsx';
import { ArticleLoadStatus } from '../features/load-status/article-load-status.tsx';
import { PreferencesControls } from '../features/preferences/preferences-controls.tsx';
import { hasLinkNotice, LinkNotice } from '../features/quote-links/link-notice.tsx';
import { QuoteShare } from '../features/quote-links/quote-share.tsx';
import { quoteShareUrl } from '../features/quote-links/quote-share-url.ts';
import { SelectionLink } from '../features/quote-links/selection-link.tsx';
import { useQuoteLink } from '../features/quote-links/use-quote-link.ts';
import {
  type QuoteChipPoint,
  type QuotedRunMark,
  type QuoteRunMark,
  quoteChipPoints,
  quoteMarks,
} from '../features/quotes/quote-layers.ts';
import { QuotedMark, QuoteMark } from '../features/quotes/quote-mark.tsx';
import { QuoteChip } from '../features/quotes/speaker-chip.tsx';
import { ArticleView, articleId } from '../features/reader/article-view.tsx';
import { ReadingProgress } from '../features/reader/reading-progress.tsx';
import type { RunRenderers } from '../features/reader/render-runs.tsx';
import { ChunkLoadAlert } from '../ui/chunk-load-alert.tsx';
import { FoldMenu } from '../ui/fold-menu.tsx';
import { Notice } from '../ui/notice.tsx';
import { useHydrated } from '../ui/use-hydrated.ts';
import { type SearchRunMark, useReaderTools } from './reader-tools.tsx';

/** Every mark the reader shows, one union per layer. */
type ReaderMark = QuoteRunMark | QuotedRunMark | MentionRunMark | SearchRunMark;

/** Layers from outermost to innermost: a quote wraps the mentions inside it, a search hit is innermost. */
const layers = ['quote', 'quoted', 'entity', 'search'] as const;

function ReaderPage({ data }: { data: ArticleData }) {
  const { analysis, facts } = data;
  const [cards] = useState(() => new EntityCardController());
  const [message, setMessage] = useState<string | null>(null);

  const link = useQuoteLink(analysis);
  const activeId = link.activeQuoteId;
  const entities = useMemo(() => new Map(analysis.entities.map((e) => [e.id, e])), [analysis]);
  const tools = useReaderTools(analysis, entities);
  const { emphasizedId, markedTypes, searchMarks } = tools;
  const marks = useMemo<ReaderMark[]>(
    () => [...quoteMarks(analysis), ...mentionMarks(analysis, markedTypes), ...searchMarks],
    [analysis, markedTypes, searchMarks],
  );
  const points = useMemo(() => quoteChipPoints(analysis), [analysis]);
  const sourceName = analysis.source ? (entities.get(analysis.source)?.name ?? null) : null;

  const onLink = useCallback((href: string, event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // Opening the quote here needs only `#quote-ID`; the long share URL goes to the clipboard.
    window.location.hash = new URL(href).hash.split('&', 1)[0] ?? '';
    navigator.clipboard?.writeText(href).then(
      () => setMessage('Ссылка на цитату скопирована.'),
      () => setMessage(null),
    );
  }, []);

  const renderers: RunRenderers<ReaderMark, QuoteChipPoint> = {
    mark: (run, children) => {
      const mark = run.mark;
      if (mark.layer === 'quote')
        return (
          <QuoteMark quote={mark.quote} active={mark.quote.id === activeId}>
            {children}
          </QuoteMark>
        );
      if (mark.layer === 'quoted') return <QuotedMark kind={mark.quoted.kind}>{children}</QuotedMark>;
      if (mark.layer === 'search') return tools.renderHit(mark, children);
      return (
        <EntityMention
          entity={mark.entity}
          mention={mark.mention}
          piece={run.piece}
          emphasized={mark.entity.id === emphasizedId}
          nested={mark.nested}
        >
          {children}
        </EntityMention>
      );
    },
    point: (point) => (
      <>
        <QuoteChip
          quote={point.quote}
          speaker={point.quote.speaker ? (entities.get(point.quote.speaker) ?? null) : null}
          onSpeaker={(speakerId, chip, fromKeyboard) => cards.activate(speakerId, chip, fromKeyboard)}
          onLink={onLink}
          shareUrl={(quote) => quoteShareUrl(analysis.text, quote)}
        />
        <QuoteShare
          text={analysis.text}
          quote={point.quote}
          speakerName={point.quote.speaker ? (entities.get(point.quote.speaker)?.name ?? null) : null}
          outletName={sourceName}
        />
      </>
    ),
  };

  return (
    <EntityCardContext value={cards}>
      <a className="skip-link" href={`#${articleId}`}>
        К статье
      </a>
      <SiteHeader search={tools.searchBox}>
        <ReadingProgress target={`#${articleId}`} />
      </SiteHeader>
      <main className="page">
        <Notice>{hasLinkNotice(link) ? <LinkNotice link={link} /> : message}</Notice>
        {link.loadFailure && (
          <ChunkLoadAlert failure={link.loadFailure} what="Не удалось открыть цитату по ссылке." />
        )}
        {tools.panels}
        {analysis.paragraphs.length === 0 ? (
          // Data with no text (the build refuses such an article, but data can come from elsewhere).
          <p role="status" className="notice" data-empty-article="">
            В этой статье нет текста.
          </p>
        ) : (
          <ArticleErrorBoundary>
            <ArticleView
              analysis={analysis}
              visible={tools.visible}
              renderHidden={tools.renderHidden}
              sourceName={sourceName}
              marks={marks}
              layers={layers}
              points={points}
              renderers={renderers}
            />
          </ArticleErrorBoundary>
        )}
        <SelectionLink text={analysis.text} />
        <EntityCards
          analysis={analysis}
          facts={facts}
          emphasizedId={emphasizedId}
          onToggleAll={tools.toggleEntity}
        />
      </main>
    </EntityCardContext>
  );
}

/**
 * The site's header (name and settings): there whether or not the article loaded. The
 * search, settings and progress bar (`children`) need JavaScript, so they appear once the
 * app runs: a page read without it never shows a bar stuck at 0 %, and the first paint has
 * no fixed layer to composite. Until then the search keeps its place, so the article does
 * not move when it arrives.
 */
function SiteHeader({ children, search }: { children?: ReactNode; search?: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <header className="site-header">
      {hydrated && children}
      <div className="site-header-inner">
        <span className="site-name">Читалка</span>
        {search && (hydrated ? search : <div className="search-box" data-pending="" />)}
        {hydrated && (
          <FoldMenu label="Настройки">
            <PreferencesControls />
          </FoldMenu>
        )}
      </div>
    </header>
  );
}

function Reader() {
  const { data, error, isFetching, refetch } = useQuery(articleQueryOptions());
  const retry = useCallback(() => void refetch(), [refetch]);
  if (data) return <ReaderPage data={data} />;
  return (
    <>
      <SiteHeader />
      <main className="page">
        <ArticleLoadStatus error={error} fetching={isFetching} onRetry={retry} />
      </main>
    </>
  );
}

/** The composition root: providers and layout. */
export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <Reader />
    </QueryClientProvider>
  );
}
