import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { quoteUrl } from './quote-url.ts';

describe('quote links', () => {
  it('shares the page itself, without search or filters, pointing at the quote', () => {
    expect(quoteUrl('http://127.0.0.1:4173/?q=ШОС#quote-old', '1x2y3z')).toBe(
      'http://127.0.0.1:4173/#quote-1x2y3z',
    );
  });

  test.prop([fc.string({ unit: 'grapheme', minLength: 1 })])(
    'an id survives the round trip through a URL',
    (id) => {
      const url = new URL(quoteUrl('https://example.org/read/', id));
      expect(decodeURIComponent(url.hash.slice('#quote-'.length))).toBe(id);
      expect(url.pathname).toBe('/read/');
    },
  );
});
