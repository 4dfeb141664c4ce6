import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defaultPreferences, fontScale, fontStepRange, parsePreferences } from './preferences.ts';

describe('parsePreferences', () => {
  it('reads what the reader saved', () => {
    expect(parsePreferences('{"theme":"sepia","fontStep":2}')).toEqual({ theme: 'sepia', fontStep: 2 });
  });

  it('falls back to the defaults for anything it cannot trust', () => {
    expect(parsePreferences(null)).toEqual(defaultPreferences);
    expect(parsePreferences('не json')).toEqual(defaultPreferences);
    expect(parsePreferences('null')).toEqual(defaultPreferences);
    expect(parsePreferences('{"theme":"тёмная","fontStep":1.5}')).toEqual(defaultPreferences);
    expect(parsePreferences('{"theme":"dark","fontStep":99}')).toEqual({
      theme: 'dark',
      fontStep: fontStepRange.max,
    });
  });

  test.prop([fc.string({ unit: 'binary' })])('never throws and always yields a usable value', (stored) => {
    const prefs = parsePreferences(stored);
    expect(['system', 'light', 'sepia', 'dark']).toContain(prefs.theme);
    expect(fontScale(prefs.fontStep)).toBeGreaterThan(0);
  });
});

describe('fontScale', () => {
  it('grows with the step and is 1 by default', () => {
    expect(fontScale(0)).toBe(1);
    for (let step = fontStepRange.min; step < fontStepRange.max; step++)
      expect(fontScale(step + 1)).toBeGreaterThan(fontScale(step));
  });
});
