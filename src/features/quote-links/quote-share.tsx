import { useEffect, useId, useRef, useState } from 'react';
import { ChunkLoadAlert } from '../../ui/chunk-load-alert.tsx';
import { type LazyChunk, useLazyChunk } from '../../ui/lazy-chunk.ts';
import { useHydrated } from '../../ui/use-hydrated.ts';
import { presentPopover } from './place-below.ts';
import './quote-links.css';
import type { QuoteSharePanelProps } from './quote-share-panel.tsx';

/**
 * The popover's actions and the clipboard and citation code behind them are their own
 * file: the initial bundle sits at its 100 kB budget, and nobody shares before reading.
 * It is fetched as soon as the app has started, so it is there by the first click.
 */
const sharePanelChunk: LazyChunk<typeof import('./quote-share-panel.tsx')> = {
  name: 'quote-share',
  load: () => import('./quote-share-panel.tsx'),
};

type QuoteShareProps = Omit<QuoteSharePanelProps, 'popover'>;

/**
 * The share button next to a quote's permalink, and its popover (QuoteSharePanel): copy
 * the link, share, copy as a citation.
 */
export function QuoteShare(props: QuoteShareProps) {
  const { speakerName } = props;
  const label = speakerName ? `Поделиться цитатой: ${speakerName}` : 'Поделиться цитатой';
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const [popover, setPopover] = useState<HTMLSpanElement | null>(null);

  // The button and its panel need JavaScript: they join the page once the app runs.
  const hydrated = useHydrated();
  const chunk = useLazyChunk(sharePanelChunk, hydrated);
  const Panel = chunk.module?.QuoteSharePanel;

  useEffect(() => {
    if (!popover) return;
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState === 'open') presentPopover(popover, button.current);
    };
    popover.addEventListener('toggle', onToggle);
    return () => popover.removeEventListener('toggle', onToggle);
  }, [popover]);

  // Opened while the actions were on their way: what replaced «Загружаем…» (the actions,
  // or the alert when they failed) is placed and takes the focus.
  const content = chunk.failure ? 'failure' : Panel ? 'actions' : 'loading';
  useEffect(() => {
    if (content !== 'loading' && popover?.matches(':popover-open')) presentPopover(popover, button.current);
  }, [content, popover]);

  return (
    <span className="quote-share" data-quote-share="">
      {hydrated ? (
        <>
          <button
            ref={button}
            type="button"
            className="quote-share-button"
            popoverTarget={id}
            aria-label={label}
            title="Поделиться"
          >
            <ShareIcon />
          </button>
          {/* Phrasing content only: this sits inside a <p>, where a <div> would break hydration. */}
          <span ref={setPopover} id={id} popover="auto" className="quote-share-panel">
            {chunk.failure ? (
              <ChunkLoadAlert failure={chunk.failure} what="Кнопки «Поделиться» пока не работают." phrasing />
            ) : Panel && popover ? (
              <Panel {...props} popover={popover} />
            ) : (
              // Not a live region: it sits in every closed popover for a moment after the app starts.
              <span className="quote-share-status">Загружаем…</span>
            )}
          </span>
        </>
      ) : (
        // Until then its place is kept empty, so the quote's first line does not move when it comes.
        // The place is pending: without JavaScript nothing comes, and the page drops it.
        <span className="quote-share-slot" data-pending="" />
      )}
    </span>
  );
}

function ShareIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7" strokeLinecap="round" />
      <path d="M12 3v12M7 8l5-5 5 5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
