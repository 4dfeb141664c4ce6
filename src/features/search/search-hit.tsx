import type { ReactNode } from 'react';

/** One search hit in the text: `<mark data-search-hit>`, stronger when it is the current one. */
export function SearchHit({
  index,
  current,
  children,
}: {
  index: number;
  current: boolean;
  children: ReactNode;
}) {
  return (
    <mark
      data-search-hit=""
      data-hit-index={index}
      data-current={current ? 'true' : undefined}
      className="search-hit"
    >
      {children}
    </mark>
  );
}
