import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fingerprintWords, idHash, quoteId, quoteIds } from './quote-id.ts';

const said =
  'Хочу отметить, что позиции наших стран по большинству текущих вопросов и перспектив дальнейшего развития ШОС созвучны.';

describe('quoteId', () => {
  it('is the same on every call (a build is a call)', () => {
    expect(quoteId(said)).toBe(quoteId(said));
    expect(quoteId(said)).toMatch(/^[0-9a-z]{7}$/);
  });

  it('pins the scheme: ids already shared must keep resolving', () => {
    // If this fails, the scheme changed and every shared link falls back to fuzzy matching.
    expect(quoteId('Нет')).toBe(quoteId('нет'));
    expect(quoteId('Убежден, наша приверженность «шанхайскому духу»')).toBe('02ydatz');
  });

  it('depends on the words only, not on case, ё, spacing or punctuation', () => {
    expect(quoteId('Убеждён, наша приверженность «шанхайскому духу»')).toBe(
      quoteId('убежден наша  приверженность "шанхайскому духу"'),
    );
  });

  it('changes when a word changes', () => {
    expect(quoteId(said)).not.toBe(quoteId(said.replace('созвучны', 'различны')));
  });

  it('tells repeats apart by occurrence, the first keeping the bare hash', () => {
    expect(quoteId('Да', 0)).toBe(idHash(quoteId('Да', 2)));
    expect(quoteId('Да', 1)).toBe(`${quoteId('Да')}-2`);
    expect(quoteId('Да', 2)).toBe(`${quoteId('Да')}-3`);
  });

  it('treats a nonsense occurrence as the first', () => {
    expect(quoteId('Да', -1)).toBe(quoteId('Да'));
    expect(quoteId('Да', Number.NaN)).toBe(quoteId('Да'));
  });
});

describe('fingerprintWords', () => {
  it('keeps letters and digits only, case-folded', () => {
    expect(fingerprintWords('«Саммит ШОС — в июле 2024 года!»')).toBe('саммит шос в июле 2024 года');
  });
});

const russian = fc.string({
  unit: fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЖЯ  ,.—«»"-'.split('')),
  maxLength: 80,
});

describe('quoteIds', () => {
  it('numbers repeats of the same words in text order', () => {
    const [a, b, c] = quoteIds(['Да.', 'Нет', 'да']);
    expect(b).toBe(quoteId('Нет'));
    expect(c).toBe(`${a}-2`);
  });
});

test.prop([fc.array(russian, { maxLength: 8 }), russian, fc.nat()])(
  'a quote added elsewhere leaves every other id unchanged',
  (quotes, added, where) => {
    fc.pre(!quotes.some((q) => fingerprintWords(q) === fingerprintWords(added)));
    const at = where % (quotes.length + 1);
    const edited = quoteIds([...quotes.slice(0, at), added, ...quotes.slice(at)]);
    expect([...edited.slice(0, at), ...edited.slice(at + 1)]).toEqual(quoteIds(quotes));
  },
);

test.prop([fc.array(russian, { minLength: 1, maxLength: 8 }), fc.nat(), russian])(
  'rewording one quote changes no other id',
  (quotes, which, reworded) => {
    const at = which % quotes.length;
    fc.pre(!quotes.some((q) => fingerprintWords(q) === fingerprintWords(reworded)));
    fc.pre(new Set(quotes.map(fingerprintWords)).size === quotes.length);
    const before = quoteIds(quotes);
    const after = quoteIds(quotes.map((q, i) => (i === at ? reworded : q)));
    expect(after.filter((_, i) => i !== at)).toEqual(before.filter((_, i) => i !== at));
  },
);

test.prop([fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(1000)])(
  'is URL-safe for any input',
  (text, occurrence) => {
    expect(quoteId(text, occurrence)).toMatch(/^[0-9a-z]{7}(?:-\d+)?$/);
  },
);
