import {
  clampFontStep,
  defaultPreferences,
  type Preferences,
  parsePreferences,
  preferencesKey,
} from './preferences.ts';

const listeners = new Set<() => void>();
let current: Preferences | null = null;

function read(): Preferences {
  try {
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

/** Applies the saved preferences before the app hydrates, so the page never repaints twice. */
export function applySavedPreferences(): void {
  current = read();
  applyPreferences(current);
}

/** The preferences store, for `useSyncExternalStore`. */
export const preferencesStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== preferencesKey) return;
      current = parsePreferences(event.newValue);
      applyPreferences(current);
      listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  },
  getSnapshot(): Preferences {
    current ??= read();
    return current;
  },
  /** The server renders (and the client hydrates) the defaults; saved choices follow. */
  getServerSnapshot(): Preferences {
    return defaultPreferences;
  },
  update(change: Partial<Preferences>): void {
    const base = current ?? read();
    const next: Preferences = {
      theme: change.theme ?? base.theme,
      fontStep: clampFontStep(change.fontStep ?? base.fontStep),
    };
    current = next;
    applyPreferences(next);
    try {
      window.localStorage.setItem(preferencesKey, JSON.stringify(next));
    } catch {
      // Not remembered, but applied for this visit.
    }
    for (const listener of listeners) listener();
  },
};
