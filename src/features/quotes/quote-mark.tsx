import type { ReactNode } from 'react';
import type { Quote } from '../../analysis/types.ts';

/**
 * A quote in the text: `data-quote-id`, `data-speaker-id` when known, and `id="quote-ID"`
 * so `#quote-ID` finds it even before scripts run. Its text content is exactly the quote.
 */
export function QuoteMark({
  quote,
  active,
  children,
}: {
  quote: Quote;
  active: boolean;
  children: ReactNode;
}) {
  return (
    <span
      id={`quote-${quote.id}`}
      className="quote"
      data-quote-id={quote.id}
      data-quote-kind={quote.kind}
      data-speaker-id={quote.speaker ?? undefined}
      data-active={active ? 'true' : undefined}
      tabIndex={-1}
    >
      {children}
    </span>
  );
}

/** A span in quote marks that is not speech; it stays plain text with a data attribute. */
export function QuotedMark({ kind, children }: { kind: string; children: ReactNode }) {
  return (
    <span className="quoted" data-quoted-kind={kind}>
      {children}
    </span>
  );
}
