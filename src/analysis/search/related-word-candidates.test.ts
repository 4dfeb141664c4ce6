import { describe, expect, it } from 'vitest';
import { adjectiveCandidates, nounCandidates } from './related-word-candidates.ts';

describe('nounCandidates', () => {
  it.each([
    ['российский', 'россия'],
    ['казахстанский', 'казахстан'],
    ['шанхайский', 'шанхай'],
    ['американский', 'америка'],
    ['европейский', 'европа'],
    ['московский', 'москва'],
    ['алматинский', 'алматы'],
    ['французский', 'франция'],
  ])('%s may derive from %s', (adjective, noun) => {
    expect(nounCandidates(adjective)).toContain(noun);
  });

  it('guesses nothing for an adjective of another kind', () => {
    expect(nounCandidates('большой')).toEqual([]);
  });
});

describe('adjectiveCandidates', () => {
  it.each([
    ['россия', 'российский'],
    ['казахстан', 'казахстанский'],
    ['германия', 'немецкий'],
  ])('%s may have %s', (noun, adjective) => {
    expect(adjectiveCandidates(noun)).toContain(adjective);
  });
});
