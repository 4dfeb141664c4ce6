import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { displayText } from './display-text.ts';

/** Cyrillic words with the characters HTML mangles or hides mixed in. */
const hostileText = fc
  .array(
    fc.constantFrom(
      'Токаев',
      ' ',
      'ШОС',
      '\0',
      '\uFFFD',
      '\u202E',
      '\u200B',
      '\u0001',
      '\r',
      '<',
      '&lt;',
      '«',
      '»',
      '😀',
      '\uD800',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('displayText', () => {
  it('shows NUL as U+FFFD and leaves everything else as it is', () => {
    expect(displayText('Служебные символы: \0\u0001, «цитата»')).toBe(
      'Служебные символы: \uFFFD\u0001, «цитата»',
    );
    expect(displayText('Токаев <b>&lt;')).toBe('Токаев <b>&lt;');
  });

  test.prop([hostileText])('keeps every offset: same length, same characters but NUL', (text) => {
    const shown = displayText(text);
    expect(shown.length).toBe(text.length);
    expect(shown).not.toContain('\0');
    for (let i = 0; i < text.length; i++) {
      expect(shown[i]).toBe(text[i] === '\0' ? '\uFFFD' : text[i]);
    }
  });
});
