import type { Analysis, Quote, Quoted } from '../../analysis/types.ts';

/** A quote as a run mark on the `quote` layer. */
export interface QuoteRunMark {
  layer: 'quote';
  key: string;
  start: number;
  end: number;
  quote: Quote;
}

/** A non-speech quoted span (a title, a name, a term) on the `quoted` layer. */
export interface QuotedRunMark {
  layer: 'quoted';
  key: string;
  start: number;
  end: number;
  quoted: Quoted;
}

/** Where a quote's speaker chip and permalink sit: just before its opening quote mark. */
export interface QuoteChipPoint {
  key: string;
  at: number;
  quote: Quote;
}

const openingMarks = new Set(['"', '«', '„', '“', '‘', "'", '‹']);

/** The quote and quoted-span marks of an analysis. */
export function quoteMarks(analysis: Analysis): (QuoteRunMark | QuotedRunMark)[] {
  return [
    ...analysis.quotes.map(
      (quote): QuoteRunMark => ({
        layer: 'quote',
        key: quote.id,
        start: quote.start,
        end: quote.end,
        quote,
      }),
    ),
    ...analysis.quoted.map(
      (quoted): QuotedRunMark => ({
        layer: 'quoted',
        key: `${quoted.start}-${quoted.end}`,
        start: quoted.start,
        end: quoted.end,
        quoted,
      }),
    ),
  ];
}

/**
 * One chip point per quote that is not nested in another, placed before the opening
 * quote mark (and the spaces after it) so the chip never lands inside the quoted words.
 */
export function quoteChipPoints(analysis: Analysis): QuoteChipPoint[] {
  const { text, quotes } = analysis;
  return quotes
    .filter(
      (quote) =>
        !quotes.some(
          (outer) =>
            outer !== quote &&
            outer.start <= quote.start &&
            outer.end >= quote.end &&
            (outer.start < quote.start || outer.end > quote.end),
        ),
    )
    .map((quote) => {
      let at = quote.start;
      // Spaces only: a quote that starts its paragraph keeps its chip in that paragraph.
      while (at > 0 && /[^\S\n]/.test(text[at - 1] as string)) at--;
      if (at > 0 && openingMarks.has(text[at - 1] as string)) at--;
      return { key: `chip:${quote.id}`, at, quote };
    });
}
