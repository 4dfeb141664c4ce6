import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyFullStylesheet } from './app/apply-full-stylesheet.ts';
import { createQueryClient } from './app/create-query-client.ts';
import { articleQueryOptions } from './article/article-query.ts';
import { showHydrationFailure } from './features/load-status/hydration-failure.ts';
import { applySavedPreferences } from './features/preferences/preferences-store.ts';
import './styles.css';

function start(): void {
  // Theme and size live on <html>, outside the React root. The built page set them before
  // its first paint; setting them again covers the dev server and primes the store.
  applySavedPreferences();
  const container = document.getElementById('root');
  if (!container) return;
  const queryClient = createQueryClient();
  const app = (
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>
  );
  if (!container.hasChildNodes()) {
    // Nothing prerendered (the dev server): the app loads the data and shows its own states.
    createRoot(container).render(app);
    return;
  }
  // The prerendered page does not carry its data: it stays small, so the article paints
  // sooner. The data was preloaded while the bundle downloaded; hydrate once it is here.
  // If it cannot be had, the page stays the readable static article, with a notice.
  const hydrate = () =>
    queryClient.fetchQuery(articleQueryOptions()).then(() => {
      hydrateRoot(container, app);
    });
  hydrate().catch((error: unknown) => showHydrationFailure(document, container, error, hydrate));
}

// The hydrated controls are styled by the full stylesheet: wait for it.
void applyFullStylesheet().then(start);
