import { useEffect, useState } from 'react';
import { parseQuoteHash } from './quote-url.ts';

/** The state of `#quote-ID`: the quote it opened, or the id that matched no quote. */
export interface ActiveQuote {
  activeId: string | null;
  missingId: string | null;
}

/**
 * Follows `#quote-ID` on load and on every hash change: the quote is scrolled to the
 * middle of the screen, focused for screen readers and reported active. Before
 * hydration nothing is active, so the prerendered page and the first render agree.
 */
export function useActiveQuote(quoteIds: readonly string[]): ActiveQuote {
  const [hashId, setHashId] = useState<string | null>(null);

  useEffect(() => {
    const read = () => setHashId(parseQuoteHash(window.location.hash));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  const known = hashId !== null && quoteIds.includes(hashId);

  useEffect(() => {
    if (!known || hashId === null) return;
    const el = document.getElementById(`quote-${hashId}`);
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'instant' });
    el.focus({ preventScroll: true });
  }, [hashId, known]);

  return { activeId: known ? hashId : null, missingId: hashId !== null && !known ? hashId : null };
}
