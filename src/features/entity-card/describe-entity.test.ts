import { describe, expect, it } from 'vitest';
import type { Entity, Mention } from '../../analysis/types.ts';
import { describeMentions, mentionForms, typeWord } from './describe-entity.ts';

const text =
  'Казахстан и Россия. Для Казахстана ШОС – приоритет. Будучи председателем в ШОС Казахстан ' +
  'преследует цель. У Казахстана с Россией всегда есть что обсудить. Инициированных Казахстаном переговоров.';

/** Every occurrence of each word, as mentions. */
function mentionsOf(...words: string[]): Mention[] {
  const out: Mention[] = [];
  for (const word of words)
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      if (!/[а-яё]/i.test(text[at + word.length] ?? ''))
        out.push({ start: at, end: at + word.length, kind: 'name' });
  return out.sort((a, b) => a.start - b.start);
}

describe('describeMentions', () => {
  it('counts with the right plural and lists each form once, in order of use', () => {
    const kz: Pick<Entity, 'mentions'> = { mentions: mentionsOf('Казахстан', 'Казахстана', 'Казахстаном') };
    expect(describeMentions(text, kz)).toBe('5 упоминаний · формы: Казахстан, Казахстана, Казахстаном');
  });

  it('says "форма" for one form and cuts long lists short', () => {
    expect(describeMentions(text, { mentions: mentionsOf('ШОС') })).toBe('2 упоминания · форма: ШОС');
    expect(describeMentions(text, { mentions: mentionsOf('Россия') })).toBe('1 упоминание · форма: Россия');
    const many = {
      mentions: mentionsOf('Казахстан', 'Казахстана', 'Казахстаном', 'ШОС', 'Россия', 'Россией'),
    };
    expect(describeMentions(text, many, 3)).toBe(
      '9 упоминаний · формы: Казахстан, Россия, Казахстана и ещё 3',
    );
  });

  it('treats forms that differ only in case or ё as one', () => {
    const t = 'Президент сказал. Затем президент добавил.';
    const mentions: Mention[] = [
      { start: 0, end: 9, kind: 'description' },
      { start: t.indexOf('президент'), end: t.indexOf('президент') + 9, kind: 'description' },
    ];
    expect(mentionForms(t, { mentions })).toEqual(['Президент']);
  });
});

describe('typeWord', () => {
  it('names every type in Russian and has a fallback', () => {
    expect(['PER', 'ORG', 'LOC', 'MEDIA', 'EVENT', 'DATE', 'MISC'].map(typeWord)).toEqual([
      'Персона',
      'Организация',
      'Место',
      'СМИ',
      'Событие',
      'Дата',
      'Сущность',
    ]);
  });
});
