import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAzMorphology } from '../../../scripts/lib/load-az-morphology.ts';
import type { MorphAnalyzer } from '../morphology/morph-analyzer.ts';
import type { Span } from '../types.ts';
import { buildLexicon } from './build-lexicon.ts';
import { buildSearchIndex, type SearchIndex } from './build-search-index.ts';
import { foldWord } from './fold-text.ts';
import { readLexicon } from './lexicon.ts';
import { maxQueryLength, searchMentions } from './search-mentions.ts';

let morph: MorphAnalyzer;
beforeAll(async () => {
  morph = await loadAzMorphology();
}, 60_000);

/** The index a browser builds: the lexicon comes from the dictionary at build time. */
const indexFor = (text: string): SearchIndex =>
  buildSearchIndex(text, readLexicon(buildLexicon(text, morph)));

/** The text with every hit in [brackets]: the notation a reviewer checks by eye. */
function mark(text: string, hits: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const hit of hits) {
    out += `${text.slice(at, hit.start)}[${text.slice(hit.start, hit.end)}]`;
    at = hit.end;
  }
  return out + text.slice(at);
}
const find = (text: string, query: string, related = false) =>
  mark(text, searchMentions(indexFor(text), query, { related }).hits);

describe('searchMentions', () => {
  it('finds a name in every case', () => {
    expect(find('Казахстан и Россия. Визит в России. С Россией всегда есть что обсудить.', 'Россия')).toBe(
      'Казахстан и [Россия]. Визит в [России]. С [Россией] всегда есть что обсудить.',
    );
  });

  it('finds a surname the dictionary misreads in the nominative', () => {
    const text = '— сказал Токаев. Позиция Токаева ясна.';
    expect(find(text, 'Токаева')).toBe('— сказал [Токаев]. Позиция [Токаева] ясна.');
    expect(find(text, 'токаев')).toBe('— сказал [Токаев]. Позиция [Токаева] ясна.');
  });

  it('finds a verb from its infinitive', () => {
    expect(find('Он сказал, что она скажет.', 'сказать')).toBe('Он [сказал], что она [скажет].');
  });

  it('treats ё as е and ignores case', () => {
    expect(find('на ещё более высокий уровень', 'еще')).toBe('на [ещё] более высокий уровень');
    expect(find('ПАРТНЁРСКИХ отношений', 'партнерский')).toBe('[ПАРТНЁРСКИХ] отношений');
  });

  it('matches a phrase across inflections and quote marks', () => {
    const text = 'основ "шанхайского духа", приверженность «шанхайскому духу» и дух времени';
    expect(find(text, 'шанхайский дух')).toBe(
      'основ "[шанхайского духа]", приверженность «[шанхайскому духу]» и дух времени',
    );
  });

  it('does not join words across a sentence end', () => {
    expect(find('Это шанхайский. Дух другой.', 'шанхайский дух')).toBe('Это шанхайский. Дух другой.');
  });

  it('finds a dotted name as a phrase', () => {
    expect(find('сообщает Лента.ру. Gzt.Ru пишет', 'лента.ру')).toBe('сообщает [Лента.ру]. Gzt.Ru пишет');
    expect(find('сообщает Лента.ру. Gzt.Ru пишет', 'Gzt.Ru')).toBe('сообщает Лента.ру. [Gzt.Ru] пишет');
  });

  it('matches numbers and abbreviations as written', () => {
    const text = 'В 2024 году ШОС и РК; 20 лет, 2024-й.';
    expect(find(text, '2024')).toBe('В [2024] году ШОС и РК; 20 лет, [2024]-й.');
    expect(find(text, '20')).toBe('В 2024 году ШОС и РК; [20] лет, 2024-й.');
    expect(find(text, 'шос')).toBe('В 2024 году [ШОС] и РК; 20 лет, 2024-й.');
  });

  it('falls back to a prefix for a word outside the lexicon', () => {
    expect(find('Казахстан и казахстанский лидер', 'Казах')).toBe('[Казахстан] и [казахстанский] лидер');
  });

  it('finds related words only when asked', () => {
    const text = 'Россия и российским "Известиям", казахстанско-российское взаимодействие';
    expect(find(text, 'Россия')).toBe(
      '[Россия] и российским "Известиям", казахстанско-российское взаимодействие',
    );
    expect(find(text, 'Россия', true)).toBe(
      '[Россия] и [российским] "Известиям", казахстанско-[российское] взаимодействие',
    );
    expect(find('Казахстан и казахстанский лидер', 'Казахстан', true)).toBe(
      '[Казахстан] и [казахстанский] лидер',
    );
  });

  it('finds part of a hyphenated name', () => {
    expect(find('Касым-Жомарт Токаев', 'Жомарт')).toBe('Касым-[Жомарт] Токаев');
  });

  it('searches punctuation literally', () => {
    expect(find('ШОС – это «дух»', '«')).toBe('ШОС – это [«]дух»');
  });

  it('is safe with hostile strings', () => {
    const text = 'Россия (и) [Казахстан] .* $1 <b>';
    for (const q of [
      '.*',
      '(',
      '[Казахстан]',
      '<script>alert(1)</script>',
      '%E0%A4%A',
      '\\',
      '$1',
      'a'.repeat(10_000),
    ]) {
      expect(() => searchMentions(indexFor(text), q)).not.toThrow();
    }
    expect(find(text, '[Казахстан]')).toBe('Россия (и) [[Казахстан]] .* $1 <b>');
    expect(find(text, '.*')).toBe('Россия (и) [Казахстан] [.*] $1 <b>');
  });

  it('caps the query length', () => {
    const result = searchMentions(indexFor('Россия'), `Россия ${'х'.repeat(10_000)}`);
    expect(result.truncated).toBe(true);
    expect(result.query.length).toBeLessThanOrEqual(maxQueryLength);
  });

  it('returns nothing for an empty query', () => {
    expect(searchMentions(indexFor('Россия'), '   ').hits).toEqual([]);
  });
});

const cyrillic = fc.string({
  unit: fc.constantFrom(
    ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЕЁЖЗИЙКОРСТЯ -–—.,«»"()[]*?+\\İß0123456789\n',
  ),
  maxLength: 60,
});
const hostile = fc.oneof(cyrillic, fc.string({ unit: 'binary', maxLength: 60 }));
const sample =
  'Президент РК Касым-Жомарт Токаев заявил, что Казахстан и Россия объединили усилия. ШОС – ещё İstanbul';
let sampleIndex: SearchIndex;
beforeAll(() => {
  sampleIndex = indexFor(sample);
});

test.prop([hostile, fc.boolean()])('never throws, and hits are ordered, disjoint spans', (query, related) => {
  const { hits } = searchMentions(sampleIndex, query, { related });
  let last = 0;
  for (const hit of hits) {
    expect(hit.start).toBeGreaterThanOrEqual(last);
    expect(hit.end).toBeGreaterThan(hit.start);
    expect(hit.end).toBeLessThanOrEqual(sample.length);
    last = hit.end;
  }
});

test.prop([fc.integer({ min: 0, max: sample.length - 1 }), fc.integer({ min: 1, max: 12 })])(
  'searching a slice of the text literally finds that slice, folded',
  (from, length) => {
    const slice = sample.slice(from, from + length);
    const { hits, mode } = searchMentions(sampleIndex, slice);
    for (const hit of hits) {
      const found = foldWord(sample.slice(hit.start, hit.end));
      if (mode === 'literal') expect(found).toContain(foldWord(slice.trim()));
    }
  },
);

test.prop([cyrillic])('every hit of a text searched with itself folds to contain the query', (text) => {
  const index = indexFor(text);
  const { hits, mode, query } = searchMentions(index, text);
  if (mode === 'literal')
    for (const hit of hits) expect(foldWord(text.slice(hit.start, hit.end))).toContain(foldWord(query));
});

const sampleWords = sample.match(/[\p{L}\d]+(?:-[\p{L}]+)*/gu) ?? [];
test.prop([fc.constantFrom(...sampleWords), fc.constantFrom('lower', 'upper', 'same')])(
  'any word of the text finds itself, and each hit is that word, a form of its lemma or a word it begins',
  (word, casing) => {
    const query = casing === 'lower' ? word.toLowerCase() : casing === 'upper' ? word.toUpperCase() : word;
    const { hits } = searchMentions(sampleIndex, query);
    expect(hits.some((h) => foldWord(sample.slice(h.start, h.end)) === foldWord(word))).toBe(true);
    const lemmas = new Set(sampleIndex.lexicon.lemmaIds.get(foldWord(word)) ?? []);
    for (const hit of hits) {
      const found = foldWord(sample.slice(hit.start, hit.end));
      const shared = (sampleIndex.lexicon.lemmaIds.get(found) ?? []).some((id) => lemmas.has(id));
      expect(found === foldWord(word) || shared || found.startsWith(foldWord(word))).toBe(true);
    }
  },
);
