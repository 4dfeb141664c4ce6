import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

/** Partition notation: tokens joined by '|', whitespace dropped. */
const split = (text: string) =>
  tokenize(text)
    .map((t) => t.text)
    .join('|');

describe('tokenize', () => {
  it('splits speech, punctuation and dashes', () => {
    expect(split('«Нет», — сказал он.')).toBe('«|Нет|»|,|—|сказал|он|.');
  });

  it('keeps hyphenated names, domains and numbers whole', () => {
    expect(split('Касым-Жомарт Токаев, сообщает Zakon.kz')).toBe('Касым-Жомарт|Токаев|,|сообщает|Zakon.kz');
    expect(split('в 2024 году 1,5 млн')).toBe('в|2024|году|1,5|млн');
  });

  it('ends a word at a sentence dot', () => {
    expect(split('ШОС. Россия')).toBe('ШОС|.|Россия');
  });

  it('keeps the straight-quote attribution form apart', () => {
    expect(split('контактов",- сказал')).toBe('контактов|"|,|-|сказал');
  });

  it('marks token kinds', () => {
    expect(tokenize('В 2024 году!').map((t) => t.kind)).toEqual(['word', 'number', 'word', 'punct']);
  });

  it('tokenizes a range only', () => {
    expect(tokenize('один два три', 5, 8).map((t) => t.text)).toEqual(['два']);
  });
});

test.prop([fc.string({ unit: 'binary' })])(
  'every token is its own slice, in order, without overlap',
  (text) => {
    let last = 0;
    for (const token of tokenize(text)) {
      expect(token.start).toBeGreaterThanOrEqual(last);
      expect(token.end).toBeGreaterThan(token.start);
      expect(text.slice(token.start, token.end)).toBe(token.text);
      last = token.end;
    }
  },
);
