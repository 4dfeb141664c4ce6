import { defaultPreferences, type Preferences, parsePreferences, preferencesKey } from './preferences.ts';

/** What this browser remembers; the defaults when storage is empty, malformed or disabled. */
export function readSavedPreferences(): Preferences {
  try {
    // Reading `localStorage` itself throws where storage is disabled: inside the try too.
    return parsePreferences(window.localStorage.getItem(preferencesKey));
  } catch {
    // Storage can be disabled (privacy modes); the defaults still work.
    return defaultPreferences;
  }
}

/**
 * Puts preferences on `<html>` (outside the React root, so hydration never sees them):
 * `data-theme` when a theme is chosen, `data-font-step` when the size is not the default.
 */
export function applyPreferences(prefs: Preferences, root: HTMLElement = document.documentElement): void {
  if (prefs.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = prefs.theme;
  if (prefs.fontStep === 0) delete root.dataset.fontStep;
  else root.dataset.fontStep = String(prefs.fontStep);
}
