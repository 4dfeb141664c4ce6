import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { encodeTerm, textFragmentDirective } from './text-fragment-directive.ts';

/** Reads a directive back the way a browser does: split on ',', percent-decode each term. */
const terms = (directive: string) =>
  directive
    .replace(/^:~:text=/, '')
    .split(',')
    .map(decodeURIComponent);

const text =
  'Сегодня ШОС с её колоссальным политическим потенциалом. Сегодня ШОС с её колоссальным политическим, экономическим, человеческим и культурным потенциалом по праву можно назвать гарантом обеспечения региональной безопасности.';
const quote =
  'Сегодня ШОС с её колоссальным политическим, экономическим, человеческим и культурным потенциалом';

describe('textFragmentDirective', () => {
  it('gives the short range form: the first and last words', () => {
    const start = text.lastIndexOf(quote);
    const d = textFragmentDirective(text, { start, end: start + quote.length });
    expect(d.startsWith(':~:text=')).toBe(true);
    const [from, to] = terms(d);
    expect(quote.startsWith(from as string) && quote.endsWith(to as string)).toBe(true);
  });

  it('widens the start term until it does not match earlier text', () => {
    const start = text.lastIndexOf(quote);
    const [from] = terms(textFragmentDirective(text, { start, end: start + quote.length }));
    expect(text.indexOf(from as string)).toBe(start);
    expect(from).toBe('Сегодня ШОС с её колоссальным политическим,');
  });

  it('sends a short span whole', () => {
    const start = text.indexOf('региональной безопасности');
    expect(terms(textFragmentDirective(text, { start, end: start + 25 }))).toEqual([
      'региональной безопасности',
    ]);
  });

  it('encodes the directive syntax characters', () => {
    expect(encodeTerm('Север-Юг, & co')).toBe('%D0%A1%D0%B5%D0%B2%D0%B5%D1%80%2D%D0%AE%D0%B3%2C%20%26%20co');
    expect(encodeTerm('\ud800')).toBe('%EF%BF%BD');
  });

  it('is empty for a span without words', () => {
    expect(textFragmentDirective('  \n ', { start: 0, end: 4 })).toBe('');
  });
});

const words = fc.array(
  fc.string({
    unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя-,&%#'.split('')),
    minLength: 1,
    maxLength: 8,
  }),
  { minLength: 1, maxLength: 30 },
);

test.prop([words])('terms contain none of - , & raw and decode to the span’s own words', (ws) => {
  const text = ws.join(' ');
  const d = textFragmentDirective(text, { start: 0, end: text.length });
  expect(d.slice(':~:text='.length)).toMatch(/^[A-Za-z0-9%_.!~*'()]+(,[A-Za-z0-9%_.!~*'()]+)?$/);
  const parts = terms(d);
  expect(text.startsWith(parts[0] as string)).toBe(true);
  expect(text.endsWith(parts.at(-1) as string)).toBe(true);
});
