import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../../analysis/types.ts';
import { quoteChipPoints } from './quote-layers.ts';

function quoteOf(text: string, words: string, id: string): Quote {
  const start = text.indexOf(words);
  return { id, start, end: start + words.length, kind: 'direct', speaker: null, speakerMention: null };
}

function analysisOf(text: string, quotes: Quote[]): Analysis {
  return { text, paragraphs: [], quotes, quoted: [], entities: [], source: null };
}

/** Shows where each chip lands with `^`. */
function showChips(analysis: Analysis): string {
  let out = analysis.text;
  for (const { at } of quoteChipPoints(analysis).sort((a, b) => b.at - a.at))
    out = `${out.slice(0, at)}^${out.slice(at)}`;
  return out;
}

describe('quoteChipPoints', () => {
  it('puts the chip before the opening mark, whichever mark it is', () => {
    const text = 'Он сказал: «Мы едины». И добавил: "Хочу отметить".';
    const a = analysisOf(text, [quoteOf(text, 'Мы едины', 'a'), quoteOf(text, 'Хочу отметить', 'b')]);
    expect(showChips(a)).toBe('Он сказал: ^«Мы едины». И добавил: ^"Хочу отметить".');
  });

  it('gives a quote nested in another quote no chip of its own', () => {
    const text = '"Убежден, наша приверженность «шанхайскому духу» будет", — заключил он.';
    const a = analysisOf(text, [
      quoteOf(text, 'Убежден, наша приверженность «шанхайскому духу» будет', 'outer'),
      quoteOf(text, 'шанхайскому духу', 'inner'),
    ]);
    expect(showChips(a)).toBe('^"Убежден, наша приверженность «шанхайскому духу» будет", — заключил он.');
  });

  it('puts the chip at the quote itself when no quote mark opens it', () => {
    const text = 'Мы едины — сказал он.';
    expect(showChips(analysisOf(text, [quoteOf(text, 'Мы едины', 'a')]))).toBe('^Мы едины — сказал он.');
  });

  it('keeps the chip of a quote that opens its paragraph without a mark in that paragraph', () => {
    const text = '«Первый абзац.\n\nВторой абзац», — сказал он.';
    const a = analysisOf(text, [quoteOf(text, 'Первый абзац.', 'a'), quoteOf(text, 'Второй абзац', 'b')]);
    expect(showChips(a)).toBe('^«Первый абзац.\n\n^Второй абзац», — сказал он.');
  });
});
