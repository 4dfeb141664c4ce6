import { describe, expect, it } from 'vitest';
import { segmentBlocks } from '../text/segment-blocks.ts';
import { findQuoteSpans } from './find-quote-spans.ts';

/** The text with each span's words wrapped in ⟦…⟧ (nested spans too). */
function mark(text: string): string {
  const spans = findQuoteSpans(text, segmentBlocks(text));
  const inserts: [number, string][] = [];
  for (const s of spans) inserts.push([s.start, '⟦'], [s.end, '⟧']);
  inserts.sort((a, b) => b[0] - a[0] || (a[1] === '⟦' ? 1 : -1));
  let out = text;
  for (const [at, sign] of inserts) out = out.slice(0, at) + sign + out.slice(at);
  return out;
}

describe('findQuoteSpans', () => {
  it('pairs guillemets, with „…“ and «…» nested inside', () => {
    expect(mark('«Мы знаем „правила“», — сказал он.')).toBe('«⟦Мы знаем „⟦правила⟧“⟧», — сказал он.');
    expect(mark('«Партия «Яблоко» права», — сказал он.')).toBe('«⟦Партия «⟦Яблоко⟧» права⟧», — сказал он.');
  });

  it('pairs many straight quotes in one paragraph by what stands around them', () => {
    expect(mark('в интервью "Известиям" и коридор "Север-Юг" вступает')).toBe(
      'в интервью "⟦Известиям⟧" и коридор "⟦Север-Юг⟧" вступает',
    );
    expect(mark('"Хочу отметить, что мы едины",- сказал казахстанский лидер.')).toBe(
      '"⟦Хочу отметить, что мы едины⟧",- сказал казахстанский лидер.',
    );
  });

  it('pairs curly quotes', () => {
    expect(mark('говорят: “Нам надоело терпеть”.')).toBe('говорят: “⟦Нам надоело терпеть⟧”.');
  });

  it('closes a quote left open at the paragraph end and links the next paragraph that opens with a mark', () => {
    const text = '«Первый абзац речи.\n\n«Второй абзац», — сказал он.';
    expect(mark(text)).toBe('«⟦Первый абзац речи.⟧\n\n«⟦Второй абзац⟧», — сказал он.');
    const spans = findQuoteSpans(text, segmentBlocks(text));
    expect(spans.map((s) => [s.close === null, s.continuesPrevious])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('links the next paragraph that closes a quote it never opened', () => {
    const text = '«Первый абзац речи.\n\nВторой абзац», — сказал он.';
    expect(mark(text)).toBe('«⟦Первый абзац речи.⟧\n\n⟦Второй абзац⟧», — сказал он.');
    const spans = findQuoteSpans(text, segmentBlocks(text));
    expect(spans.map((s) => [s.close === null, s.continuesPrevious])).toEqual([
      [true, false],
      [false, true],
    ]);
    // Only the paragraph right after, and only before it opens a quote of its own.
    expect(mark('«Первый абзац.\n\nОн сказал «нет» и ушёл».')).toBe(
      '«⟦Первый абзац.⟧\n\nОн сказал «⟦нет⟧» и ушёл».',
    );
    expect(mark('«Первый абзац.\n\nДругое.\n\nТретий».')).toBe('«⟦Первый абзац.⟧\n\nДругое.\n\nТретий».');
  });

  it('ignores marks that pair with nothing; an unclosed guillemet runs to the paragraph end', () => {
    expect(mark('» просто текст и ещё " и 5" дюймов')).toBe('» просто текст и ещё " и 5" дюймов');
    expect(mark('Он сказал: «Нет, и «Союзом» это не так.\n\nДругое')).toBe(
      'Он сказал: «⟦Нет, и «⟦Союзом⟧» это не так.⟧\n\nДругое',
    );
    expect(mark('Рост на 5 " — сказал он')).toBe('Рост на 5 " — сказал он');
  });

  it('finds no span between marks that enclose no letter or digit', () => {
    expect(mark('«««»»» и «» и „“')).toBe('«««»»» и «» и „“');
    expect(mark('«Да» и «««»»»')).toBe('«⟦Да⟧» и «««»»»');
    expect(mark('«Zakon.kz\n\n««')).toBe('«⟦Zakon.kz⟧\n\n««');
  });
});
