import {
  clampFontStep,
  defaultPreferences,
  type Preferences,
  parsePreferences,
  preferencesKey,
} from './preferences.ts';
import { applyPreferences, readSavedPreferences } from './saved-preferences.ts';

const listeners = new Set<() => void>();
let current: Preferences | null = null;

/**
 * Applies the saved preferences as the app starts. The built page has already applied them
 * before its first paint (pre-paint.ts); this keeps the dev server and the store in step.
 */
export function applySavedPreferences(): void {
  current = readSavedPreferences();
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
    current ??= readSavedPreferences();
    return current;
  },
  /** The server renders (and the client hydrates) the defaults; saved choices follow. */
  getServerSnapshot(): Preferences {
    return defaultPreferences;
  },
  update(change: Partial<Preferences>): void {
    const base = current ?? readSavedPreferences();
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
