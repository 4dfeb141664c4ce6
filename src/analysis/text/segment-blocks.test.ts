import { describe, expect, it } from 'vitest';
import { segmentBlocks } from './segment-blocks.ts';

const show = (text: string) => segmentBlocks(text).map((b) => `${b.kind}:${text.slice(b.start, b.end)}`);

describe('segmentBlocks', () => {
  it('finds title, lead, paragraphs and the trailing rubric', () => {
    const text = 'Заголовок\n\n\nЛид статьи.\n\nПервый абзац.\nВторой абзац.\n\n\n\nНовости';
    expect(show(text)).toEqual([
      'title:Заголовок',
      'lead:Лид статьи.',
      'paragraph:Первый абзац.',
      'paragraph:Второй абзац.',
      'rubric:Новости',
    ]);
  });

  it('trims spaces around a block and skips empty lines', () => {
    expect(show('  Заголовок  \n \t\n Текст. ')).toEqual(['title:Заголовок', 'paragraph:Текст.']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentBlocks('')).toEqual([]);
    expect(segmentBlocks(' \n\n \t')).toEqual([]);
  });

  it('treats a line of invisible characters (NUL, zero-width, bidi controls) as blank', () => {
    expect(show('Заголовок\n\u0000\u0007\n\u200B\u202E\u202C\nТекст\u200B.')).toEqual([
      'title:Заголовок',
      'paragraph:Текст\u200B.',
    ]);
  });
});
