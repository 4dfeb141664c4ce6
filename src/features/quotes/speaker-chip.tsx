import type { MouseEvent } from 'react';
import type { Entity, Quote } from '../../analysis/types.ts';
import { LinkIcon } from '../../ui/link-icon.tsx';
import { useHydrated } from '../../ui/use-hydrated.ts';
import { quoteHash, quoteUrl } from './quote-url.ts';

/** A short name for a chip: a person's surname, any other entity's full name. */
export function chipName(entity: Pick<Entity, 'name' | 'type'>): string {
  if (entity.type !== 'PER') return entity.name;
  return entity.name.split(/\s+/).at(-1) ?? entity.name;
}

interface QuoteChipProps {
  quote: Quote;
  speaker: Entity | null;
  /** Opens the speaker's card next to the chip. */
  onSpeaker: (speakerId: string, chip: HTMLElement, fromKeyboard: boolean) => void;
  /** The permalink was activated; the handler may take over (e.g. copy the link). */
  onLink?: (href: string, event: MouseEvent<HTMLAnchorElement>) => void;
  /** The absolute URL to share for this quote, when the app has a better one than `#quote-ID` (client only). */
  shareUrl?: (quote: Quote) => string;
}

/**
 * The speaker chip (the name, small, opening the person's card) and the quote's permalink,
 * an `<a data-quote-link>` whose href is the absolute URL to share once the page runs.
 */
export function QuoteChip({ quote, speaker, onSpeaker, onLink, shareUrl }: QuoteChipProps) {
  const hydrated = useHydrated();
  // Prerendered and hydrated as `#quote-ID`; the page's own absolute URL once the app runs.
  const href = hydrated
    ? (shareUrl?.(quote) ?? quoteUrl(window.location.href, quote.id))
    : quoteHash(quote.id);
  const name = speaker && (
    <>
      <span className="visually-hidden">Говорит </span>
      {chipName(speaker)}
    </>
  );
  return (
    <span className="quote-chip" data-quote-chip={quote.id}>
      {speaker &&
        (hydrated ? (
          <button
            type="button"
            className="speaker-chip"
            data-speaker-chip={speaker.id}
            onClick={(event) => onSpeaker(speaker.id, event.currentTarget, event.detail === 0)}
          >
            {name}
          </button>
        ) : (
          // The card it opens needs the app: until then the chip is a label, not a dead button.
          <span className="speaker-chip" data-speaker-chip={speaker.id}>
            {name}
          </span>
        ))}
      <a
        className="quote-link"
        data-quote-link
        href={href}
        onClick={(event) => onLink?.(event.currentTarget.href, event)}
        aria-label={speaker ? `Ссылка на цитату: ${speaker.name}` : 'Ссылка на цитату'}
      >
        <LinkIcon />
      </a>
    </span>
  );
}
