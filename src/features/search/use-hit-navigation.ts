import { useCallback, useEffect, useState } from 'react';
import { stepHit } from './step-hit.ts';

/** The selector of hit number `index` in the page. */
export const hitSelector = (index: number) => `mark[data-search-hit][data-hit-index="${index}"]`;

/**
 * The current hit: the first one after each new search, then moved by Enter / Shift+Enter
 * or a click in the results; every move scrolls the hit into view.
 */
export function useHitNavigation(searchKey: string, count: number) {
  const [state, setState] = useState({ key: searchKey, current: 0, moves: 0 });
  const fresh = state.key === searchKey ? state : { key: searchKey, current: 0, moves: 0 };
  if (fresh !== state) setState(fresh);
  const current = count === 0 ? null : Math.min(fresh.current, count - 1);

  const step = useCallback(
    (direction: 1 | -1) =>
      setState((s) => {
        const base = s.key === searchKey ? s : { key: searchKey, current: 0, moves: 0 };
        // The first Enter shows the hit already marked current; later ones move on.
        const next =
          base.moves === 0 && direction === 1
            ? count > 0
              ? 0
              : null
            : stepHit(base.current, count, direction);
        return { key: searchKey, current: next ?? 0, moves: base.moves + 1 };
      }),
    [searchKey, count],
  );
  const select = useCallback(
    (index: number) => setState((s) => ({ key: searchKey, current: index, moves: s.moves + 1 })),
    [searchKey],
  );

  useEffect(() => {
    if (fresh.moves === 0 || current === null) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    document
      .querySelector(hitSelector(current))
      ?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  }, [current, fresh.moves]);

  return { current, step, select };
}
