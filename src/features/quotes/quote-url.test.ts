import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseQuoteHash, quoteUrl } from './quote-url.ts';

describe('quote links', () => {
  it('shares the page itself, without search or filters, pointing at the quote', () => {
    expect(quoteUrl('http://127.0.0.1:4173/?q=ШОС#quote-old', '1x2y3z')).toBe(
      'http://127.0.0.1:4173/#quote-1x2y3z',
    );
  });

  it('reads the quote id back from the fragment', () => {
    expect(parseQuoteHash('#quote-1x2y3z-2')).toBe('1x2y3z-2');
    expect(parseQuoteHash('#quote-')).toBeNull();
    expect(parseQuoteHash('#entity-kz')).toBeNull();
    expect(parseQuoteHash('#quote-%E0%A4%A')).toBe('%E0%A4%A');
  });

  test.prop([fc.string({ unit: 'grapheme', minLength: 1 })])(
    'an id survives the round trip through a URL',
    (id) => {
      const url = new URL(quoteUrl('https://example.org/read/', id));
      expect(parseQuoteHash(url.hash)).toBe(id);
    },
  );
});
