import type { Analysis, Span } from '../../src/analysis/types.ts';

/**
 * The analysis as a reviewer reads it in the golden file: every field, with each span's
 * text beside its offsets (the full text itself is left out: it is the article file).
 */
export function describeAnalysis(analysis: Analysis) {
  const { text } = analysis;
  const slice = (s: Span) => text.slice(s.start, s.end);
  const excerpt = (s: Span) => {
    const words = slice(s);
    return words.length <= 90 ? words : `${words.slice(0, 60)} … ${words.slice(-25)}`;
  };
  return {
    textLength: text.length,
    paragraphs: analysis.paragraphs.map((p) => ({ ...p, text: excerpt(p) })),
    quotes: analysis.quotes.map((q) => ({
      ...q,
      text: excerpt(q),
      speakerMentionText: q.speakerMention ? slice(q.speakerMention) : null,
    })),
    quoted: analysis.quoted.map((q) => ({ ...q, text: slice(q) })),
    entities: analysis.entities.map((e) => ({
      ...e,
      mentions: e.mentions.map((m) => ({ ...m, text: slice(m) })),
    })),
    source: analysis.source,
  };
}
