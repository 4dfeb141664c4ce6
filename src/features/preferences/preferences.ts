/** A colour theme; `system` follows `prefers-color-scheme` (light or dark). */
export type Theme = 'system' | 'light' | 'sepia' | 'dark';

/** What the reader chose, remembered between visits. */
export interface Preferences {
  theme: Theme;
  /** Steps from the default text size (0), within `fontStepRange`. */
  fontStep: number;
}

/** Where the preferences live in localStorage. */
export const preferencesKey = 'chitalka:preferences';

/** The preferences of someone who has chosen nothing. */
export const defaultPreferences: Preferences = { theme: 'system', fontStep: 0 };

const themes: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];

/**
 * The smallest and largest `fontStep`. What a step means lives in the stylesheet: each
 * step but 0 has a `:root[data-font-step]` rule there that sets `--text-scale`.
 */
export const fontStepRange = { min: -2, max: 3 } as const;

/** Reads stored preferences; anything missing, malformed or out of range falls back to the default. */
export function parsePreferences(stored: string | null): Preferences {
  if (!stored) return defaultPreferences;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return defaultPreferences;
  }
  if (typeof value !== 'object' || value === null) return defaultPreferences;
  const { theme, fontStep } = value as Record<string, unknown>;
  return {
    theme: themes.includes(theme as Theme) ? (theme as Theme) : defaultPreferences.theme,
    fontStep:
      typeof fontStep === 'number' && Number.isInteger(fontStep)
        ? clampFontStep(fontStep)
        : defaultPreferences.fontStep,
  };
}

/** Keeps a font step inside `fontStepRange`. */
export function clampFontStep(step: number): number {
  return Math.min(fontStepRange.max, Math.max(fontStepRange.min, step));
}
