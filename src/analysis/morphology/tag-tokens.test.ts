import { describe, expect, it } from 'vitest';
import { loadAzMorphology } from '../../../scripts/lib/load-az-morphology.ts';
import { tagTokens } from './tag-tokens.ts';

const morph = await loadAzMorphology();
const tag = (text: string) => tagTokens(text, { start: 0, end: text.length }, morph);

/** Words marked with what the tagger says: ^ starts a sentence, N/S/P/G/O/A are the grammemes. */
const marks = (text: string) =>
  tag(text)
    .filter((t) => t.kind === 'word')
    .map((t) => {
      const f = t.features;
      const flags = [f.name && 'N', f.surn && 'S', f.patr && 'P', f.geox && 'G', f.orgn && 'O', f.abbr && 'A']
        .filter(Boolean)
        .join('');
      return `${t.sentenceStart ? '^' : ''}${t.text}${flags && t.capitalized ? `/${flags}` : ''}`;
    })
    .join(' ');

describe('tagTokens', () => {
  it('reads names, surnames, patronymics, places and abbreviations from the dictionary', () => {
    expect(marks('Бориса Николаевича встретили в Москве. ФИДЕ сообщила')).toBe(
      '^Бориса/N Николаевича/P встретили в Москве/G ^ФИДЕ/OA сообщила',
    );
  });

  it('marks a misread surname by its shape, not its top reading', () => {
    const [tokaev] = tag('Токаев').filter((t) => t.kind === 'word');
    expect(tokaev?.features.parses[0]?.lemma).toBe('токай');
    expect(tokaev?.features.surnameShape).toBe(true);
  });

  it('knows capitals and sentence starts after quotes and dashes', () => {
    const tokens = tag('«Нет», — сказал он. — Да.').filter((t) => t.kind === 'word');
    expect(tokens.map((t) => `${t.text}:${t.sentenceStart ? 1 : 0}${t.capitalized ? 'C' : ''}`)).toEqual([
      'Нет:1C',
      'сказал:0',
      'он:0',
      'Да:1C',
    ]);
  });
});
