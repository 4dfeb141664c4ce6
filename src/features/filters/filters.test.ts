import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Analysis, Entity, EntityType, Quote } from '../../analysis/types.ts';
import { entityIndex } from './entity-index.ts';
import { paragraphVisibility, visibilityRuns } from './paragraph-visibility.ts';
import { filterAllowlist, noFilters, readFilters, writeFilters } from './read-filters.ts';

const blocks = [
  'Токаев назвал ШОС гарантом',
  'Как отметил президент, Казахстан и Россия едины.',
  '"Мы едины", — сказал Токаев.',
  'Россия играет активную роль.',
  'Новости',
];
const text = blocks.join('\n\n');
const at = (needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length };
};
const entity = (id: string, type: EntityType, ...names: string[]): Entity => ({
  id,
  name: names[0] as string,
  type,
  mentions: names.flatMap((n) => {
    const spans = [];
    for (let s = text.indexOf(n); s !== -1; s = text.indexOf(n, s + 1))
      spans.push({ start: s, end: s + n.length, kind: 'name' as const });
    return spans;
  }),
});
const quote: Quote = {
  id: 'q1',
  ...at('Мы едины'),
  kind: 'direct',
  speaker: 'per-tokaev',
  speakerMention: null,
};
let offset = 0;
const analysis: Analysis = {
  text,
  paragraphs: blocks.map((b, i) => {
    const start = offset;
    offset += b.length + 2;
    return {
      start,
      end: start + b.length,
      kind: i === 0 ? 'title' : i === blocks.length - 1 ? 'rubric' : 'paragraph',
    };
  }),
  quotes: [quote],
  quoted: [],
  entities: [
    entity('per-tokaev', 'PER', 'Токаев'),
    entity('loc-russia', 'LOC', 'Россия'),
    entity('org-sco', 'ORG', 'ШОС'),
  ],
  source: null,
};
const allow = filterAllowlist(analysis);
const read = (query: string) => readFilters(new URLSearchParams(query), allow);
/** Visibility as a string, one character per block: '+' shown, '·' hidden. */
const shown = (query: string) =>
  paragraphVisibility(analysis, read(query).filters)
    .map((v) => (v ? '+' : '·'))
    .join('');

describe('readFilters', () => {
  it('reads every filter', () => {
    expect(read('entity=loc-russia&speaker=per-tokaev&quotes=1&type=PER,loc')).toEqual({
      filters: { entity: 'loc-russia', speaker: 'per-tokaev', quotesOnly: true, types: ['PER', 'LOC'] },
      notices: [],
    });
  });

  it.each([
    'entity=__proto__',
    'entity=constructor',
    'entity=toString',
    'speaker=loc-russia',
    'entity=%E0%A4%A',
  ])('drops an unknown value with a notice: %s', (query) => {
    const { filters, notices } = read(query);
    expect(filters).toEqual(noFilters);
    expect(notices).toHaveLength(1);
  });

  it('keeps known types and reports unknown ones', () => {
    expect(read('type=PER,ALIEN')).toEqual({
      filters: { ...noFilters, types: ['PER'] },
      notices: ['Часть типов из ссылки неизвестна — они пропущены.'],
    });
  });

  it('ignores empty values quietly', () => {
    expect(read('entity=&type=&quotes=')).toEqual({ filters: noFilters, notices: [] });
  });

  it('writes filters back next to the search query', () => {
    const params = writeFilters(new URLSearchParams('q=Россия&entity=x'), {
      ...noFilters,
      quotesOnly: true,
      types: ['PER', 'LOC'],
    });
    expect(params.toString()).toBe('q=%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F&quotes=1&type=PER%2CLOC');
  });
});

test.prop([
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('entity', 'speaker', 'quotes', 'type', 'q'),
])('any value of any parameter reads without throwing, and only allowlisted ids come out', (value, name) => {
  const { filters } = readFilters(new URLSearchParams([[name, value]]), allow);
  if (filters.entity !== null) expect(allow.entities.has(filters.entity)).toBe(true);
  if (filters.speaker !== null) expect(allow.speakers.has(filters.speaker)).toBe(true);
  for (const t of filters.types ?? []) expect(allow.types.has(t)).toBe(true);
});

describe('paragraphVisibility', () => {
  it('keeps the title and the paragraphs that mention the entity', () => {
    expect(shown('')).toBe('+++++');
    expect(shown('entity=loc-russia')).toBe('++·+·');
    expect(shown('speaker=per-tokaev')).toBe('+·+··');
    expect(shown('quotes=1')).toBe('+·+··');
  });

  it('combines filters: a paragraph must pass each', () => {
    expect(shown('entity=loc-russia&quotes=1')).toBe('+····');
    expect(shown('entity=per-tokaev&quotes=1')).toBe('+·+··');
  });

  it('does not hide paragraphs for the type filter', () => {
    expect(shown('type=ORG')).toBe('+++++');
  });
});

describe('visibilityRuns', () => {
  it('folds each gap into one marker', () => {
    expect(visibilityRuns([true, false, false, true, false])).toEqual([
      { kind: 'shown', index: 0 },
      { kind: 'hidden', from: 1, count: 2 },
      { kind: 'shown', index: 3 },
      { kind: 'hidden', from: 4, count: 1 },
    ]);
  });
});

describe('entityIndex', () => {
  it('groups by type, most mentioned first, with counts', () => {
    expect(
      entityIndex(analysis).map((g) => `${g.label}: ${g.rows.map((r) => `${r.name} ${r.count}`).join(', ')}`),
    ).toEqual(['Люди: Токаев 2', 'Организации: ШОС 1', 'Места: Россия 2']);
  });
});
