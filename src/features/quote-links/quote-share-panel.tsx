import { useEffect } from 'react';
import { formatCitation } from '../../analysis/anchoring/format-citation.ts';
import type { Span } from '../../analysis/types.ts';
import { ManualCopy } from './manual-copy.tsx';
import { quoteShareUrl } from './quote-share-url.ts';
import { useShareActions } from './use-share-actions.ts';

export interface QuoteSharePanelProps {
  /** The article's text; `quote` indexes into it. */
  text: string;
  quote: Span & { id: string };
  /** The speaker's canonical name, or null when unknown. */
  speakerName: string | null;
  /** The outlet that published the article ("Zakon.kz"), or null. */
  outletName: string | null;
  /** The popover this fills (QuoteShare's, which places it and moves the focus in). */
  popover: HTMLElement;
}

/**
 * What the share popover offers: copy the link, the system share sheet where the device
 * has one, and copy as a citation in plain text or Markdown. Each action confirms in a
 * polite live region; a refused clipboard shows the text to copy by hand. Its own file
 * (with the clipboard and citation code), loaded after the app starts: QuoteShare.
 */
export function QuoteSharePanel({ text, quote, speakerName, outletName, popover }: QuoteSharePanelProps) {
  const {
    status,
    manual,
    native,
    copy: copyValue,
    share: shareData,
    dismissManual,
    reset,
  } = useShareActions();

  // Closing clears what the actions said.
  useEffect(() => {
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== 'open') reset();
    };
    popover.addEventListener('toggle', onToggle);
    return () => popover.removeEventListener('toggle', onToggle);
  }, [popover, reset]);

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
    <>
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
    </>
  );
}
