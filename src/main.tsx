import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
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

// Theme and size live on <html>, outside the React root: set them before hydrating.
applySavedPreferences();

const container = document.getElementById('root');
if (container) {
  const seed = readSeed();
  const app = (
    <StrictMode>
      <App queryClient={createQueryClient(seed)} />
    </StrictMode>
  );
  if (seed && container.hasChildNodes()) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
