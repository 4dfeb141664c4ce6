import { useEffect, useId, useRef } from 'react';
import { useHydrated } from '../../ui/use-hydrated.ts';
import './quote-links.css';
import { formatCitation } from '../../analysis/anchoring/format-citation.ts';
import { shareUrl } from '../../analysis/anchoring/share-url.ts';
import type { Span } from '../../analysis/types.ts';
import { ManualCopy } from './manual-copy.tsx';
import { siteUrl } from './site-url.ts';
import { useShareActions } from './use-share-actions.ts';

interface QuoteShareProps {
  /** The article's text; `quote` indexes into it. */
  text: string;
  quote: Span & { id: string };
  /** The speaker's canonical name, or null when unknown. */
  speakerName: string | null;
  /** The outlet that published the article ("Zakon.kz"), or null. */
  outletName: string | null;
}

/** The absolute URL to share for a quote: its preview page, re-anchoring fragment and Text Fragment (client only). */
export function quoteShareUrl(text: string, quote: Span & { id: string }): string {
  return shareUrl(siteUrl(), text, quote, quote.id);
}

/**
 * The share actions next to a quote's permalink: copy the link, the system share sheet
 * where the device has one, and copy as a citation in plain text or Markdown. Each action
 * confirms in a polite live region; a refused clipboard shows the text to copy by hand.
 */
export function QuoteShare({ text, quote, speakerName, outletName }: QuoteShareProps) {
  const label = speakerName ? `Поделиться цитатой: ${speakerName}` : 'Поделиться цитатой';
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLSpanElement>(null);
  const {
    status,
    manual,
    native,
    copy: copyValue,
    share: shareData,
    dismissManual,
    reset,
  } = useShareActions();

  // The panel's actions need JavaScript: it joins the page once the app runs.
  const hydrated = useHydrated();

  useEffect(() => {
    const el = hydrated ? panel.current : null;
    if (!el) return;
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'open') {
        reset();
        return;
      }
      placeBelow(el, button.current);
      el.querySelector<HTMLButtonElement>('button')?.focus();
    };
    el.addEventListener('toggle', onToggle);
    return () => el.removeEventListener('toggle', onToggle);
  }, [hydrated, reset]);

  const words = () => text.slice(quote.start, quote.end);
  const citation = () =>
    formatCitation({
      quote: words(),
      speaker: speakerName,
      outlet: outletName,
      url: quoteShareUrl(text, quote),
    });

  const copy = (value: string, done: string) =>
    copyValue(value, done, 'Не удалось скопировать автоматически — выделите текст ниже и скопируйте его.');

  const share = async () => {
    dismissManual();
    const said = `«${words().replace(/\s+/gu, ' ')}»${speakerName ? ` — ${speakerName}` : ''}`;
    await shareData({ title: 'Цитата', text: said, url: quoteShareUrl(text, quote) });
  };

  return (
    <span className="quote-share" data-quote-share="">
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
      {hydrated && (
        <span ref={panel} id={id} popover="auto" className="quote-share-panel">
          <button
            type="button"
            data-share-action="copy-link"
            onClick={() => copy(quoteShareUrl(text, quote), 'Ссылка скопирована.')}
          >
            Копировать ссылку
          </button>
          {native && (
            <button type="button" data-share-action="share" onClick={share}>
              Поделиться…
            </button>
          )}
          <button
            type="button"
            data-share-action="copy-citation"
            onClick={() => copy(citation().text, 'Цитата скопирована.')}
          >
            Копировать как цитату
          </button>
          <button
            type="button"
            data-share-action="copy-markdown"
            onClick={() => copy(citation().markdown, 'Цитата в Markdown скопирована.')}
          >
            Копировать в Markdown
          </button>
          <span className="quote-share-status" aria-live="polite" data-share-status="">
            {status}
          </span>
          <ManualCopy value={manual} label="Текст для копирования" />
        </span>
      )}
    </span>
  );
}

/** Puts the panel under its button, inside the viewport; narrow screens use a bottom sheet from CSS instead. */
function placeBelow(panel: HTMLElement, anchor: HTMLElement | null) {
  if (!anchor || window.matchMedia('(max-width: 30rem)').matches) {
    panel.style.removeProperty('top');
    panel.style.removeProperty('left');
    return;
  }
  const rect = anchor.getBoundingClientRect();
  const width = panel.offsetWidth;
  const height = panel.offsetHeight;
  const left = Math.min(Math.max(8, rect.left), window.innerWidth - width - 8);
  const below = rect.bottom + 6;
  const top = below + height > window.innerHeight - 8 ? Math.max(8, rect.top - height - 6) : below;
  panel.style.setProperty('left', `${left}px`);
  panel.style.setProperty('top', `${top}px`);
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
