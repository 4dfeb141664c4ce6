import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyFullStylesheet } from './app/apply-full-stylesheet.ts';
import { createQueryClient } from './app/create-query-client.ts';
import type { ArticleData } from './article/article-data.ts';
import { safeParseArticleData } from './article/article-schema.ts';
import { applySavedPreferences } from './features/preferences/preferences-store.ts';
import './styles.css';

/** The prerendered state travels as non-executable JSON (`type="application/json"`). */
function readSeed(): ArticleData | null {
  const script = document.getElementById('chitalka-data');
  if (!script?.textContent) return null;
  try {
    // A seed that is not valid article data is ignored: the reader fetches the data instead.
    return safeParseArticleData(JSON.parse(script.textContent));
  } catch {
    return null;
  }
}

function start(): void {
  // Theme and size live on <html>, outside the React root. The built page set them before
  // its first paint; setting them again covers the dev server and primes the store.
  applySavedPreferences();
  const container = document.getElementById('root');
  if (!container) return;
  const seed = readSeed();
  const app = (
    <StrictMode>
      <App queryClient={createQueryClient(seed)} />
    </StrictMode>
  );
  if (seed && container.hasChildNodes()) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

// The hydrated controls are styled by the full stylesheet: wait for it.
void applyFullStylesheet().then(start);
