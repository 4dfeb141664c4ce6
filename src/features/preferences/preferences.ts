/** A colour theme; `system` follows `prefers-color-scheme` (light or dark). */
export type Theme = 'system' | 'light' | 'sepia' | 'dark';

/** What the reader chose, remembered between visits. */
export interface Preferences {
  theme: Theme;
  /** A step on `fontScales`; 0 is the default size. */
  fontStep: number;
}

/** Text size multipliers, by step from the smallest; `defaultFontStep` is 1×. */
export const fontScales = [0.85, 0.92, 1, 1.1, 1.2, 1.32] as const;
const defaultFontStep = 2;

/** Where the preferences live in localStorage. */
export const preferencesKey = 'chitalka:preferences';

/** The preferences of someone who has chosen nothing. */
export const defaultPreferences: Preferences = { theme: 'system', fontStep: 0 };

const themes: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];

/** The smallest and largest `fontStep`, relative to the default size. */
export const fontStepRange = { min: -defaultFontStep, max: fontScales.length - 1 - defaultFontStep } as const;

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

/** The CSS multiplier for a font step. */
export function fontScale(step: number): number {
  return fontScales[clampFontStep(step) + defaultFontStep] ?? 1;
}
