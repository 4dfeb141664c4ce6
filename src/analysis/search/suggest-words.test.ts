import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-search-index.ts';
import { emptyLexicon } from './lexicon.ts';
import { suggestWords } from './suggest-words.ts';

const index = buildSearchIndex('Токаев сказал, что Токаев и Россия; токарь', emptyLexicon);

describe('suggestWords', () => {
  it('offers words of the text one edit away, as written, most frequent first', () => {
    expect(suggestWords(index, 'тоаев')).toEqual(['Токаев']);
    expect(suggestWords(index, 'Росия')).toEqual(['Россия']);
  });

  it('offers nothing for a phrase, a very short word or a word far from all', () => {
    expect(suggestWords(index, 'шанхайский дух')).toEqual([]);
    expect(suggestWords(index, 'ток')).toEqual([]);
    expect(suggestWords(index, 'бегемот')).toEqual([]);
  });
});
