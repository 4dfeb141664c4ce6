import { useSyncExternalStore } from 'react';
import type { Preferences } from './preferences.ts';
import { preferencesStore } from './preferences-store.ts';

/** The reader's preferences and a way to change them; defaults during hydration. */
export function usePreferences(): [Preferences, (change: Partial<Preferences>) => void] {
  const prefs = useSyncExternalStore(
    preferencesStore.subscribe,
    preferencesStore.getSnapshot,
    preferencesStore.getServerSnapshot,
  );
  return [prefs, preferencesStore.update];
}
