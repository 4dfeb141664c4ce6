import type { Analysis, Entity, Span } from '../../src/analysis/types.ts';

/** One document of `quotes_dev.jsonl` (see ../shared/eval/README.md). */
export interface QuotesDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
  nonSpeechQuotes: (Span & { kind: string })[];
}

export interface GoldQuote extends Span {
  kind: 'direct' | 'partial' | 'nested';
  speaker: string | null;
  speakerType: string | null;
  speakerMentionStart?: number | null;
  speakerMentionEnd?: number | null;
  group?: string;
}

/** Counts over one or more documents, summed before the ratios are taken. */
export interface QuoteCounts {
  predicted: number;
  matchedPredicted: number;
  gold: number;
  matchedGold: number;
  speakerGold: number;
  speakerRight: number;
  nonSpeech: number;
  misread: number;
  /** Human-readable failures, for `npm run eval -- --details`. */
  failures: string[];
}

const edge = /[\s\p{P}«»„“”"'‘’]/u;

/** A span with spaces, punctuation and quote marks trimmed off both ends. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && edge.test(text[start] as string)) start++;
  while (end > start && edge.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** Intersection over union of two spans (0 when either is empty). */
export function iou(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union > 0 && a.end > a.start && b.end > b.start ? inter / union : 0;
}

/**
 * Scores one document's predicted quotes against the gold ones, by the protocol in
 * ../shared/eval/README.md: one-to-one matches at IoU ≥ 0.8 after trimming; partial gold
 * quotes count for precision only; speakers over matched gold quotes with a speaker;
 * non-speech spans overlapped by a predicted quote at IoU ≥ 0.5 are misreads.
 */
export function scoreQuotes(doc: QuotesDoc, analysis: Analysis): QuoteCounts {
  const { text } = doc;
  const predicted = analysis.quotes.map((q) => ({ quote: q, span: trimSpan(text, q) }));
  const gold = doc.quotes.map((q) => ({ quote: q, span: trimSpan(text, q) }));
  const pairs: { p: number; g: number; score: number }[] = [];
  predicted.forEach((p, pi) => {
    gold.forEach((g, gi) => {
      const score = iou(p.span, g.span);
      if (score >= 0.8) pairs.push({ p: pi, g: gi, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  const matchOfGold = new Map<number, number>();
  const usedPredicted = new Set<number>();
  for (const pair of pairs) {
    if (matchOfGold.has(pair.g) || usedPredicted.has(pair.p)) continue;
    matchOfGold.set(pair.g, pair.p);
    usedPredicted.add(pair.p);
  }
  const counts: QuoteCounts = {
    predicted: predicted.length,
    matchedPredicted: usedPredicted.size,
    gold: 0,
    matchedGold: 0,
    speakerGold: 0,
    speakerRight: 0,
    nonSpeech: doc.nonSpeechQuotes.length,
    misread: 0,
    failures: [],
  };
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const show = (s: Span) => JSON.stringify(text.slice(s.start, Math.min(s.end, s.start + 70)));
  gold.forEach((g, gi) => {
    const matched = matchOfGold.get(gi);
    if (g.quote.kind !== 'partial') {
      counts.gold++;
      if (matched !== undefined) counts.matchedGold++;
      else counts.failures.push(`missed ${g.quote.kind} ${show(g.span)}`);
    }
    if (matched === undefined || !g.quote.speaker) return;
    counts.speakerGold++;
    const speakerId = (predicted[matched] as (typeof predicted)[number]).quote.speaker;
    const entity = speakerId ? entities.get(speakerId) : undefined;
    if (entity && speakerIsRight(entity, g.quote)) counts.speakerRight++;
    else counts.failures.push(`speaker ${entity?.name ?? 'null'} ≠ ${g.quote.speaker} for ${show(g.span)}`);
  });
  predicted.forEach((p, pi) => {
    if (!usedPredicted.has(pi)) counts.failures.push(`spurious ${p.quote.kind} ${show(p.span)}`);
  });
  for (const span of doc.nonSpeechQuotes) {
    const trimmed = trimSpan(text, span);
    if (predicted.some((p) => iou(p.span, trimmed) >= 0.5)) {
      counts.misread++;
      counts.failures.push(`misread ${span.kind} ${show(trimmed)}`);
    }
  }
  return counts;
}

function speakerIsRight(entity: Entity, gold: GoldQuote): boolean {
  const { speakerMentionStart: start, speakerMentionEnd: end } = gold;
  if (start != null && end != null && entity.mentions.some((m) => m.start < end && start < m.end))
    return true;
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/ё/g, 'е')
      .split(/[\s-]+/)
      .filter(Boolean);
  const predictedWords = words(entity.name);
  const goldWords = words(gold.speaker ?? '');
  if (gold.speakerType === 'PER') {
    const surname = goldWords.at(-1);
    return surname !== undefined && predictedWords.includes(surname);
  }
  const shared = goldWords.filter((w) => predictedWords.includes(w)).length;
  return goldWords.length > 0 && shared * 2 >= goldWords.length;
}

/** Sums the counts of many documents. */
export function addQuoteCounts(a: QuoteCounts, b: QuoteCounts): QuoteCounts {
  return {
    predicted: a.predicted + b.predicted,
    matchedPredicted: a.matchedPredicted + b.matchedPredicted,
    gold: a.gold + b.gold,
    matchedGold: a.matchedGold + b.matchedGold,
    speakerGold: a.speakerGold + b.speakerGold,
    speakerRight: a.speakerRight + b.speakerRight,
    nonSpeech: a.nonSpeech + b.nonSpeech,
    misread: a.misread + b.misread,
    failures: [...a.failures, ...b.failures],
  };
}

/** The figures `npm run eval` prints, as `name: value` pairs. */
export function quoteFigures(c: QuoteCounts): [string, string][] {
  const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
  const precision = ratio(c.matchedPredicted, c.predicted);
  const recall = ratio(c.matchedGold, c.gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fixed = (x: number) => x.toFixed(3);
  return [
    ['quotes.precision', fixed(precision)],
    ['quotes.recall', fixed(recall)],
    ['quotes.f1', fixed(f1)],
    ['quotes.speaker_accuracy', fixed(ratio(c.speakerRight, c.speakerGold))],
    ['quotes.nonspeech_misread', fixed(ratio(c.misread, c.nonSpeech))],
    ['quotes.predicted', String(c.predicted)],
    ['quotes.gold_direct_nested', String(c.gold)],
    ['quotes.speaker_scored', String(c.speakerGold)],
  ];
}
