import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { defaultPreferences, fontStepRange, parsePreferences } from './preferences.ts';

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
    expect(Number.isInteger(prefs.fontStep)).toBe(true);
    expect(prefs.fontStep).toBeGreaterThanOrEqual(fontStepRange.min);
    expect(prefs.fontStep).toBeLessThanOrEqual(fontStepRange.max);
  });
});

describe('fontStepRange', () => {
  // The stylesheet gives each step its text scale; the range the controls offer must match it.
  const css = readFileSync(new URL('../../styles.css', import.meta.url), 'utf8');
  const scales = new Map(
    [...css.matchAll(/:root\[data-font-step="(-?\d+)"\]\s*\{\s*--text-scale:\s*([\d.]+);/g)].map(
      ([, step, scale]) => [Number(step), Number(scale)],
    ),
  );

  it('has a text scale in the stylesheet for every step but the default, and for no other', () => {
    const steps = Array.from(
      { length: fontStepRange.max - fontStepRange.min + 1 },
      (_, i) => fontStepRange.min + i,
    ).filter((step) => step !== 0);
    expect([...scales.keys()].sort((a, b) => a - b)).toEqual(steps);
  });

  it('makes text larger with every step up, around the default of 1', () => {
    const scaleOf = (step: number) => (step === 0 ? 1 : scales.get(step));
    for (let step = fontStepRange.min; step < fontStepRange.max; step++)
      expect(scaleOf(step + 1)).toBeGreaterThan(scaleOf(step) ?? Number.POSITIVE_INFINITY);
  });
});
