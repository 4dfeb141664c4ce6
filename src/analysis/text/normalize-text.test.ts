import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.ts';

describe('normalizeText', () => {
  it('returns text that is already NFC, LF and BOM-free unchanged', () => {
    const text = '«Мы едины», — сказал Токаев.\nЁлка\u200B и \u202Eбиди\u202C.';
    expect(normalizeText(text)).toBe(text);
  });

  it('drops the BOM, turns CRLF and lone CR into LF, and composes NFD', () => {
    expect(normalizeText('\uFEFFЗаголовок\r\nЛид\rТекст')).toBe('Заголовок\nЛид\nТекст');
    expect(normalizeText('е\u0308лка и\u0306од')).toBe('ёлка йод');
  });

  it('drops every leading U+FEFF, so normalising is idempotent, but keeps one inside the text', () => {
    expect(normalizeText('\uFEFF\uFEFFТекст')).toBe('Текст');
    expect(normalizeText('\uFEFF')).toBe('');
    expect(normalizeText('Те\uFEFFкст')).toBe('Те\uFEFFкст');
  });
});
