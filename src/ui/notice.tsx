import type { ReactNode } from 'react';

/**
 * A polite live region (`role="status"`). It is always in the page, so screen readers
 * announce a message when one appears; empty, it takes no space.
 */
export function Notice({ children }: { children?: ReactNode }) {
  return (
    <div role="status" className="notice" data-empty={children ? undefined : 'true'}>
      {children}
    </div>
  );
}
