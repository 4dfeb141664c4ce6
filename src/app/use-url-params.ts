import { useCallback, useMemo, useSyncExternalStore } from 'react';

/** Fired on `window` after the app changes the URL itself (pushState does not fire popstate). */
const urlChanged = 'chitalka:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(urlChanged, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(urlChanged, onChange);
  };
}

/**
 * The URL's query parameters as state: back and forward re-read them. `setParams` pushes
 * a history entry, or replaces the current one (`replace`, for typing); the hash
 * (`#quote-…`) is kept. Parsing is `URLSearchParams`, which never throws on bad
 * percent-encoding.
 */
export function useUrlParams(): [
  URLSearchParams,
  (next: URLSearchParams, options?: { replace?: boolean }) => void,
] {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  );
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback((next: URLSearchParams, options: { replace?: boolean } = {}) => {
    const query = next.toString();
    if (`?${query}` === window.location.search || (query === '' && window.location.search === '')) return;
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (options.replace) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(window.history.state, '', url);
    window.dispatchEvent(new Event(urlChanged));
  }, []);
  return [params, setParams];
}
