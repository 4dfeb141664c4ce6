import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyFullStylesheet } from './app/apply-full-stylesheet.ts';
import { createQueryClient } from './app/create-query-client.ts';
import { articleQueryOptions } from './article/article-query.ts';
import { showHydrationFailure } from './features/load-status/hydration-failure.ts';
import { applySavedPreferences } from './features/preferences/preferences-store.ts';
import './styles.css';

const queryClient = createQueryClient();
const root = document.getElementById('root');
// The prerendered page does not carry its data: it stays small, so the article paints
// sooner. The page preloads the data; ask for it now, while the full stylesheet loads.
const firstLoad = root?.hasChildNodes() ? queryClient.fetchQuery(articleQueryOptions()) : null;
firstLoad?.catch(() => undefined); // answered in start(), once the stylesheet is in

function start(): void {
  // Theme and size live on <html>, outside the React root. The built page set them before
  // its first paint; setting them again covers the dev server and primes the store.
  applySavedPreferences();
  if (!root) return;
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  if (!firstLoad) {
    // Nothing prerendered (the dev server): the app loads the data and shows its own states.
    createRoot(root).render(app);
    return;
  }
  // If the data cannot be had, the page stays the readable static article, with a notice.
  const hydrateAfter = (load: Promise<unknown>) =>
    load.then(() => {
      hydrateRoot(root, app);
    });
  hydrateAfter(firstLoad).catch((error: unknown) =>
    showHydrationFailure(document, root, error, () =>
      hydrateAfter(queryClient.fetchQuery(articleQueryOptions())),
    ),
  );
}

// The hydrated controls are styled by the full stylesheet: wait for it.
void applyFullStylesheet().then(start);
