import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * False while prerendering and hydrating, true once the app runs in the browser. Controls
 * that only work with JavaScript render behind it: the prerendered page stays small (its
 * first paint is the article), and no reader meets a control that does nothing yet.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
