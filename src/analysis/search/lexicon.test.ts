import { describe, expect, it } from 'vitest';
import type { MorphAnalyzer, Parse } from '../morphology/morph-analyzer.ts';
import { buildLexicon } from './build-lexicon.ts';
import { readLexicon, writeLexicon } from './lexicon.ts';

/** A ten-word dictionary: each word's readings and each lemma's forms. */
const paradigms: Record<string, string[]> = {
  россия: ['россия', 'россии', 'россию', 'россией'],
  российский: ['российский', 'российского', 'российским'],
  дух: ['дух', 'духа', 'духу'],
  токай: ['токай', 'токая', 'токаев'],
  токаев: ['токаев', 'токаева', 'токаеву'],
};
const readings: Record<string, Parse[]> = {
  Россия: [{ lemma: 'россия', grammemes: ['NOUN', 'Geox', 'nomn'], score: 1, guessed: false }],
  россия: [{ lemma: 'россия', grammemes: ['NOUN', 'nomn'], score: 1, guessed: true }],
  российским: [{ lemma: 'российский', grammemes: ['ADJF', 'ablt'], score: 1, guessed: false }],
  духа: [
    { lemma: 'дух', grammemes: ['NOUN', 'gent'], score: 1 },
    { lemma: 'духа', grammemes: ['ADVB'], score: 0.01 },
  ],
  Токаев: [{ lemma: 'токай', grammemes: ['NOUN', 'plur', 'gent'], score: 1 }],
  Токаева: [{ lemma: 'токаев', grammemes: ['NOUN', 'Surn', 'gent'], score: 0.1 }],
};
const fake: MorphAnalyzer = {
  parse: (word) => readings[word] ?? [],
  inflect: () => null,
  forms: (word, parse) => paradigms[parse.lemma] ?? [parse.lemma, word.toLowerCase()],
};

describe('buildLexicon', () => {
  const lexicon = readLexicon(buildLexicon('Россия, российским духа Токаев ШОС', fake));
  const lemmasOf = (form: string) => (lexicon.lemmaIds.get(form) ?? []).map((id) => lexicon.lemmas[id]);

  it('maps every form of every lemma in the text to its lemma', () => {
    expect(lemmasOf('россией')).toEqual(['россия']);
    expect(lemmasOf('духу')).toEqual(['дух']);
  });

  it('leaves out unlikely readings', () => {
    expect(lemmasOf('духа')).toEqual(['дух']);
  });

  it('adds the surname reading of a capitalised word read as a common noun', () => {
    expect(lemmasOf('токаев').sort()).toEqual(['токаев', 'токай']);
    expect(lemmasOf('токаеву')).toEqual(['токаев']);
  });

  it('keeps words the dictionary does not know as written', () => {
    expect(lemmasOf('шос')).toEqual(['шос']);
  });

  it('relates an adjective to the name the dictionary confirms', () => {
    const [adjective] = lexicon.lemmaIds.get('российским') ?? [];
    const related = (lexicon.related.get(adjective ?? -1) ?? []).map((id) => lexicon.lemmas[id]);
    expect(related).toEqual(['россия']);
  });
});

describe('writeLexicon and readLexicon', () => {
  it('round-trip forms through stems and shared endings', () => {
    const entries = new Map([
      ['россия', new Set(['россия', 'россии', 'россией'])],
      ['индия', new Set(['индия', 'индии', 'индией'])],
      ['идти', new Set(['идти', 'иду', 'шел'])],
    ]);
    const data = writeLexicon(entries, [['россия', 'индия']]);
    expect(data.endings.length).toBe(2);
    const lexicon = readLexicon(JSON.parse(JSON.stringify(data)));
    for (const [lemma, forms] of entries) {
      for (const form of forms)
        expect((lexicon.lemmaIds.get(form) ?? []).map((id) => lexicon.lemmas[id])).toEqual([lemma]);
    }
    expect(lexicon.related.size).toBe(2);
  });

  it('skips malformed entries without throwing', () => {
    expect(() =>
      readLexicon({ v: 1, endings: [], lemmas: ['x|9', 'нет'], related: [0, 99, 1] }),
    ).not.toThrow();
  });
});
