import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { loadAzMorphology } from '../../../scripts/lib/load-az-morphology.ts';
import { analyzeArticle } from '../analyze-article.ts';
import { segmentBlocks } from '../text/segment-blocks.ts';
import type { Entity } from '../types.ts';
import { extractEntities } from './extract-entities.ts';

const morph = await loadAzMorphology();
const extract = (text: string) => extractEntities(text, segmentBlocks(text), morph);

/** NER markup a reviewer can check by eye: names in brackets with their type. */
function markup(text: string, kinds: readonly string[] = ['name', 'abbrev']): string {
  const marks = extract(text).entities.flatMap((e) =>
    e.mentions
      .filter((m) => kinds.includes(m.kind))
      .flatMap((m) => [
        { at: m.start, text: '[', order: 1, length: m.end - m.start },
        { at: m.end, text: `]${e.type}`, order: 0, length: m.end - m.start },
      ]),
  );
  // Insert from the end; at one position a closing mark goes after an opening one is placed, inner before outer.
  marks.sort(
    (a, b) => b.at - a.at || a.order - b.order || (a.order ? a.length - b.length : b.length - a.length),
  );
  let out = text;
  for (const mark of marks) out = `${out.slice(0, mark.at)}${mark.text}${out.slice(mark.at)}`;
  return out;
}

/** Each entity as "Canonical name: mention, mention(kind)". */
function groups(text: string): string[] {
  return extract(text).entities.map(
    (e: Entity) =>
      `${e.name}: ${e.mentions.map((m) => `${text.slice(m.start, m.end)}${m.kind === 'name' || m.kind === 'abbrev' ? '' : `(${m.kind})`}`).join(', ')}`,
  );
}

describe('extractEntities', () => {
  it('does not read an organisation the dictionary knows as part of a name, whatever its ending', () => {
    expect(markup('Глава Минфина Антон Силуанов пообещал не повышать налоги.')).toBe(
      'Глава [Минфина]ORG [Антон Силуанов]PER пообещал не повышать налоги.',
    );
  });

  it('keeps a role in the genitive inside the description it completes', () => {
    expect(
      groups('Пресс-секретарь президента России Дмитрий Песков заявил, что президент открыт к диалогу.'),
    ).toEqual([
      'Дмитрий Песков: Пресс-секретарь президента России(description), Дмитрий Песков',
      'Россия: России',
    ]);
  });

  it('does not guess ahead for a generic role: "глава" is not the next person named', () => {
    expect(
      groups(
        'Глава компании заявил, что цены вырастут. Представитель банка Анна Иванова рассказала о программе.',
      ),
    ).toEqual(['Анна Иванова: Представитель банка(description), Анна Иванова']);
  });

  it('links a role in the singular to the person, never a plural one', () => {
    expect(
      groups(
        'Министр иностранных дел России Сергей Лавров предложил встречу заместителей министров. Министр уточнил детали.',
      ),
    ).toEqual([
      'Сергей Лавров: Министр иностранных дел России(description), Сергей Лавров, Министр(description)',
      'Россия: России',
    ]);
  });

  it('keeps the person an organisation is named after in its name, as a mention of its own', () => {
    expect(
      markup(
        'Учёные Московского государственного университета имени М. В. Ломоносова и Театра им. Йозефа Бойса.',
      ),
    ).toBe(
      'Учёные [Московского государственного университета имени [М. В. Ломоносова]PER]ORG и [Театра им. [Йозефа Бойса]PER]ORG.',
    );
  });

  it('keeps a superlative in an organisation name on its own stem', () => {
    expect(groups('Эксперт Высшей школы экономики выступил в Высшем арбитражном суде.')).toEqual([
      'Высшая школа экономики: Высшей школы экономики',
      'Высший арбитражный суд: Высшем арбитражном суде',
    ]);
  });

  it('keeps a letter-and-digit code in a Latin brand name, and leaves model numbers alone', () => {
    expect(markup('Рейсы выполнят S7 Airlines и Utair на самолётах Boeing 737.')).toBe(
      'Рейсы выполнят [S7 Airlines]ORG и [Utair]ORG на самолётах [Boeing]ORG 737.',
    );
  });

  it('knows well-known organisations by their brand or short name, in any case', () => {
    expect(markup('Акции Сбербанка и «Роснефти» подешевели после того, как Центробанк повысил ставку.')).toBe(
      'Акции [Сбербанка]ORG и «[Роснефти]ORG» подешевели после того, как [Центробанк]ORG повысил ставку.',
    );
    expect(
      groups('Депутаты Европарламента обсудили доклад Всемирного банка и Европейского парламента.'),
    ).toEqual(['Европарламент: Европарламента, Европейского парламента', 'Всемирный банк: Всемирного банка']);
  });

  it('finds people, places, organisations and outlets', () => {
    expect(
      markup(
        'Министр иностранных дел России Сергей Лавров провёл переговоры в Женеве, сообщает агентство Рейтер.',
      ),
    ).toBe(
      'Министр иностранных дел [России]LOC [Сергей Лавров]PER провёл переговоры в [Женеве]LOC, сообщает агентство [Рейтер]MEDIA.',
    );
    expect(markup('Глава МИД Грузии встретился с представителями ООН и НАТО в Тбилиси.')).toBe(
      'Глава [МИД [Грузии]LOC]ORG встретился с представителями [ООН]ORG и [НАТО]ORG в [Тбилиси]LOC.',
    );
  });

  it('reads names the dictionary does not know from their context', () => {
    expect(markup('Председатель КНР Ху Цзиньтао прибыл в Тусон, а затем на мыс Канаверал.')).toBe(
      'Председатель [КНР]LOC [Ху Цзиньтао]PER прибыл в [Тусон]LOC, а затем на мыс [Канаверал]LOC.',
    );
    expect(markup('Переговоры прошли в Тусоне. Об этом сообщил Джоэл Саймон (Joel Simon).')).toBe(
      'Переговоры прошли в [Тусоне]LOC. Об этом сообщил [Джоэл Саймон]PER ([Joel Simon]PER).',
    );
    expect(markup('Сотрудники Росприроднадзора и представители японского МИДа обсудили доклад.')).toBe(
      'Сотрудники [Росприроднадзора]ORG и представители японского [МИДа]ORG обсудили доклад.',
    );
  });

  it('reads organisation names built on a head noun, with the places inside them', () => {
    expect(markup('Заявление Министерства иностранных дел Германии опубликовано вчера.')).toBe(
      'Заявление [Министерства иностранных дел [Германии]LOC]ORG опубликовано вчера.',
    );
    expect(groups('Представители Шанхайской организации сотрудничества обсудили бюджет ШОС.')).toEqual([
      'ШОС: Шанхайской организации сотрудничества, ШОС',
    ]);
  });

  it('gives canonical nominative names and groups inflections and aliases', () => {
    expect(
      groups('Президента России Владимира Путина ждут в Казахстане. Путин прилетит в РК в среду.'),
    ).toEqual([
      'Владимир Путин: Президента России(description), Владимира Путина, Путин',
      'Россия: России',
      'Казахстан: Казахстане, РК',
    ]);
  });

  it('links a later description and a subject pronoun to the person introduced with that role', () => {
    const text =
      'Премьер-министр Японии Наото Кан посетил Пекин. Японский премьер обсудил торговлю. Он также встретился со студентами.';
    expect(groups(text)[0]).toBe(
      'Наото Кан: Премьер-министр Японии(description), Наото Кан, Японский премьер(description), Он(pronoun)',
    );
  });

  it('leaves a pronoun whose gender fits no person unlinked', () => {
    const linked = groups('Эту программу одобрил Игорь Петров. Она вступит в силу в мае.');
    expect(linked).toEqual(['Игорь Петров: Игорь Петров']);
  });

  it('credits the outlet named after "сообщает" as the source', () => {
    const text = 'Заголовок\n\nВ Алматы открылся форум, сообщает Vlast.kz\n\nТекст статьи.';
    const { entities, source } = extract(text);
    expect(entities.find((e) => e.id === source)?.name).toBe('Vlast.kz');
  });

  it('reads a dateline: the place in capitals is a place, the outlet after the dash the source', () => {
    const text =
      'Заголовок\n\nРОСТОВ-НА-ДОНУ, 5 декабря — РИА Новости. В городе открылся мост.\n\nТекст статьи.';
    const { entities, source } = extract(text);
    expect(entities.map((e) => `${e.type} ${e.name}`)).toEqual(['LOC Ростов-на-Дону', 'MEDIA РИА Новости']);
    expect(entities.find((e) => e.id === source)?.name).toBe('РИА Новости');
  });

  it('credits an outlet named in quote marks', () => {
    const text = 'Заголовок\n\nВ Петербурге открылся терминал, сообщает «Интерфакс».\n\nТекст статьи.';
    const { entities, source } = extract(text);
    expect(entities.find((e) => e.id === source)?.name).toBe('Интерфакс');
  });

  it('gives the same ids on every run, URL-safe', () => {
    const a = extract('Касым-Жомарт Токаев прибыл в Москву.').entities.map((e) => e.id);
    const b = extract('Касым-Жомарт Токаев прибыл в Москву.').entities.map((e) => e.id);
    expect(a).toEqual(b);
    for (const id of a) expect(id).toMatch(/^[a-z0-9-]+$/);
  });
});

const cyrillicWord = fc
  .array(fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ'), {
    minLength: 1,
    maxLength: 9,
  })
  .map((a) => a.join(''));
const hostilePiece = fc.oneof(
  cyrillicWord,
  fc.constantFrom(
    'Президент',
    'РК',
    'Токаев',
    'он',
    'Она',
    'ШОС',
    'Организации',
    '«',
    '»',
    '"',
    '„',
    '“',
    ' — ',
    ',- ',
    'сообщает',
    'Zakon.kz',
    '\n',
    '\n\n',
    '\r\n',
    '\u200f',
    '\u202e',
    '\ufeff',
    '\u0000',
    '\ud800',
    'ё',
    '-',
    '.',
    'казахстанско-российское',
    'В.',
    'газеты',
    'Центра',
    'безопасности',
  ),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const hostileText = fc.array(hostilePiece, { maxLength: 60 }).map((parts) => parts.join(' '));

test.prop([hostileText])(
  'never throws; mentions lie in one block, nest or stay apart, and slice the text',
  (input) => {
    const a = analyzeArticle(input, morph);
    const spans = a.entities.flatMap((e) => e.mentions).sort((x, y) => x.start - y.start || y.end - x.end);
    for (const m of spans) {
      expect(m.end).toBeGreaterThan(m.start);
      expect(a.paragraphs.some((p) => p.start <= m.start && m.end <= p.end)).toBe(true);
    }
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const x = spans[i];
        const y = spans[j];
        if (!x || !y || y.start >= x.end) break;
        expect(y.end <= x.end).toBe(true);
      }
    }
    if (a.source !== null) expect(a.entities.some((e) => e.id === a.source)).toBe(true);
  },
);

test.prop([hostileText])('gives the same entities for LF and CRLF input', (input) => {
  const lf = input.replace(/\r\n?/g, '\n');
  expect(analyzeArticle(lf.replace(/\n/g, '\r\n'), morph).entities).toEqual(
    analyzeArticle(lf, morph).entities,
  );
});
