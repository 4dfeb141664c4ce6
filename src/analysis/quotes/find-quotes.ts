import { quoteId } from '../anchoring/quote-id.ts';
import type { MorphAnalyzer } from '../morphology/morph-analyzer.ts';
import type { Token } from '../text/tokenize.ts';
import type { Quote, Quoted, QuotedKind, QuoteKind, Span } from '../types.ts';
import {
  findAttributionAfter,
  findAttributionBefore,
  findReportedSpeaker,
  type SpeakerPhrase,
} from './find-attribution.ts';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans.ts';
import { type ParagraphView, tokenAt, viewParagraph } from './paragraph-view.ts';
import { nameNounLemmas, reportingVerbLemmas, soCalledLemmas, titleNounLemmas } from './speech-lexicon.ts';
import { splitQuote } from './split-quote.ts';
import { createWordFacts, hasLemma } from './word-facts.ts';

/** Direct speech, partial quotes and nested quotes, and the quoted spans that are not speech. */
export interface FoundQuotes {
  quotes: Quote[];
  quoted: Quoted[];
}

type Verdict = { speech: QuoteKind; phrase: SpeakerPhrase | null } | { speech: null; kind: QuotedKind };

interface Piece extends Span {
  kind: QuoteKind;
  phrase: SpeakerPhrase | null;
  /** Pieces of one quote (split by its attribution or by paragraphs) share a group. */
  group: number;
}

/**
 * Finds every quoted span and decides what it is. Speech has an attribution next to it
 * (`», — сказал X`, `X заявил: «`, "по словам X"), or reads as sentences standing on their
 * own after a colon or at a paragraph's start; a few quoted words inside reported speech
 * are a partial quote. A short span after a noun like "газета", "корабль" or "так
 * называемый", or any short span without those signals, is a title, a name or a term.
 * Speakers are left for `attributeSpeakers`: each quote carries the words naming its
 * speaker (`speakerMention`), or null to mean "the previous speaker goes on".
 */
export function findQuotes(text: string, paragraphs: readonly Span[], morph: MorphAnalyzer): FoundQuotes {
  const spans = findQuoteSpans(text, paragraphs);
  const facts = createWordFacts(morph);
  const pieces: Piece[] = [];
  const quoted: Quoted[] = [];
  let index = 0;
  let carried: { verdict: Verdict; group: number } | null = null;
  let groups = 0;
  paragraphs.forEach((paragraph, p) => {
    const own: QuoteSpan[] = [];
    while (index < spans.length && (spans[index] as QuoteSpan).paragraph === p)
      own.push(spans[index++] as QuoteSpan);
    if (own.length === 0) {
      carried = null;
      return;
    }
    const outer = own.filter((s) => s.depth === 0);
    const view = viewParagraph(
      text,
      paragraph,
      outer.map((s) => ({ start: s.open, end: s.close === null ? paragraph.end : s.close + 1 })),
      facts,
    );
    let previous: { span: QuoteSpan; verdict: Verdict } | null = null;
    let nextCarried: typeof carried = null;
    let cursor = 0;
    for (const span of outer) {
      let verdict = judge(view, span, previous);
      const continued = span.continuesPrevious && carried?.verdict.speech ? carried : null;
      if (continued) {
        const own = verdict.speech ? verdict.phrase : null;
        verdict = continued.verdict.speech
          ? { speech: continued.verdict.speech, phrase: own ?? continued.verdict.phrase }
          : continued.verdict;
      }
      const group = continued ? continued.group : ++groups;
      if (verdict.speech) {
        const split = verdict.speech === 'direct' ? splitQuote(view, span) : null;
        if (split) {
          for (const part of split.parts)
            pieces.push({ ...part, kind: 'direct', phrase: split.phrase, group });
        } else {
          pieces.push({
            start: span.start,
            end: span.end,
            kind: verdict.speech,
            phrase: verdict.phrase,
            group,
          });
        }
      } else {
        quoted.push({ start: span.start, end: span.end, kind: verdict.kind });
      }
      // `own` is in text order, so the spans inside this one come right after it.
      let k = own.indexOf(span, cursor) + 1;
      for (; k < own.length && (own[k] as QuoteSpan).open < span.end; k++) {
        const inner = own[k] as QuoteSpan;
        if (inner.depth === 0) continue;
        const nested = judgeNested(view, inner, verdict);
        if (nested?.speech)
          pieces.push({
            start: inner.start,
            end: inner.end,
            kind: 'nested',
            phrase: nested.phrase,
            group: ++groups,
          });
        else if (nested) quoted.push({ start: inner.start, end: inner.end, kind: nested.kind });
      }
      cursor = k;
      previous = { span, verdict };
      nextCarried = span.close === null ? { verdict, group } : null;
    }
    carried = nextCarried;
  });
  return { quotes: withIds(text, shareGroupPhrases(pieces)), quoted };
}

/** Every piece of a quote gets the speaker words found for any of its pieces. */
function shareGroupPhrases(pieces: readonly Piece[]): Piece[] {
  const phrases = new Map<number, SpeakerPhrase>();
  for (const piece of pieces)
    if (piece.phrase && !phrases.has(piece.group)) phrases.set(piece.group, piece.phrase);
  return pieces.map((piece) => ({ ...piece, phrase: piece.phrase ?? phrases.get(piece.group) ?? null }));
}

function judge(
  view: ParagraphView,
  span: QuoteSpan,
  previous: { span: QuoteSpan; verdict: Verdict } | null,
): Verdict {
  const { text } = view;
  const inner = text.slice(span.start, span.end);
  const words = countWords(inner);
  // "«...да, конечно, это новость»": a quote that opens with an ellipsis starts mid-speech.
  const capital = /^[\s"«„“]*([\p{Lu}\d]|\.{2,}|…)/u.test(inner);
  const punctuated = /[.!?…]/.test(inner);
  const sentence = capital && (words >= 4 || punctuated);
  const trigger = triggerBefore(view, span.open);
  const after = span.close !== null ? findAttributionAfter(view, span.close) : null;
  const floor = previous?.span.close != null ? previous.span.close + 1 : view.start;
  const before = findAttributionBefore(view, span.open, floor);
  if (trigger === 'term') return { speech: null, kind: 'term' };
  if (trigger && words <= 8 && !(before.colon && sentence)) return { speech: null, kind: trigger };
  // "как пишет «Gzt.Ru»": a short name right after a reporting verb is the outlet.
  if (capital && words <= 4 && !punctuated && reportingVerbBefore(view, span.open)) {
    return { speech: null, kind: 'title' };
  }
  const shapedLikeSpeech = capital || words >= 3 || punctuated;
  if (after && shapedLikeSpeech && (after.verb || words >= 2)) {
    // "X заявил: «…», сообщает Лента.ру": the colon names the speaker, the words after the source.
    const colonName = before.colon && before.phrase?.kind === 'name' ? before.phrase : null;
    return { speech: 'direct', phrase: colonName ?? after.phrase ?? before.phrase };
  }
  if (before.colon && (sentence || (before.verb && words >= 1 && capital))) {
    return { speech: 'direct', phrase: before.phrase ?? findReportedSpeaker(view, span.open) };
  }
  const standsAlone = sentenceStartsAt(view, span.open, floor);
  if (sentence && standsAlone && (words >= 3 || /[.!?…]/.test(inner))) {
    return { speech: 'direct', phrase: before.verb ? before.phrase : findReportedSpeaker(view, span.open) };
  }
  if (previous?.verdict.speech === 'direct' && listContinues(view, previous.span, span) && capital) {
    return previous.verdict;
  }
  // A partial quote: reported speech anywhere earlier in the sentence ("Он подчеркнул, что «…»").
  const sentenceBefore = floor === view.start ? before : findAttributionBefore(view, span.open, view.start);
  if (!standsAlone && (before.signal || sentenceBefore.signal) && words >= 4) {
    return { speech: 'partial', phrase: before.phrase ?? sentenceBefore.phrase };
  }
  return { speech: null, kind: capital ? 'name' : 'term' };
}

/** A span inside another: speech when it reads as quoted sentences, else a name or term. */
function judgeNested(view: ParagraphView, span: QuoteSpan, outer: Verdict): Verdict | null {
  if (!outer.speech) return null;
  const inner = view.text.slice(span.start, span.end);
  const capital = /^[\p{Lu}\d]/u.test(inner);
  const words = countWords(inner);
  const trigger = triggerBefore(view, span.open);
  const before = view.text.slice(Math.max(span.open - 3, 0), span.open);
  if (!trigger && /:\s*[-–—]?\s*$/.test(before) && capital && words >= 3) {
    const attribution = findAttributionBefore(view, span.open, Math.max(view.start, span.open - 200));
    return { speech: 'nested', phrase: attribution.phrase };
  }
  if (trigger) return { speech: null, kind: trigger === 'term' ? 'term' : trigger };
  return { speech: null, kind: capital ? 'name' : 'term' };
}

/**
 * A noun right before the opening mark (up to three words back, no punctuation between)
 * that makes the quoted words a title ("газета", "интервью") or a name ("корабль",
 * "партия"), or "так называемый" that makes them a term.
 */
function triggerBefore(view: ParagraphView, open: number): QuotedKind | null {
  const { tokens } = view;
  let k = tokenAt(view, open) - 1;
  for (let seen = 0; k >= 0 && seen < 3; k--, seen++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') return null;
    const facts = view.facts(token);
    if (hasLemma(facts, soCalledLemmas) || /^так(\s|$)/i.test(token.text)) return 'term';
    if (facts.pos === 'NOUN' || facts.pos === '' || facts.allCaps) {
      if (hasLemma(facts, titleNounLemmas)) return 'title';
      if (hasLemma(facts, nameNounLemmas)) return 'name';
      if (facts.allCaps && /^(РИА|ИА|ИТАР|ТАСС|ФК|ОАО|ЗАО|ООО|ПАО|АО|НК|РКК|НПО|ГК|СК)$/.test(token.text))
        return token.text === 'РИА' || token.text === 'ИА' ? 'title' : 'name';
    }
    if (!['ADJF', 'NOUN', 'PRTF', ''].includes(facts.pos) && !facts.allCaps) return null;
  }
  return null;
}

/** The word right before the opening mark is a verb that credits a source ("пишет", "сообщает"). */
function reportingVerbBefore(view: ParagraphView, open: number): boolean {
  const token = view.tokens[tokenAt(view, open) - 1];
  if (token?.kind !== 'word') return false;
  const facts = view.facts(token);
  return facts.pos === 'VERB' && hasLemma(facts, reportingVerbLemmas);
}

/** Nothing but the paragraph's start, a sentence's end or a colon/dash stands before the mark. */
function sentenceStartsAt(view: ParagraphView, open: number, floor: number): boolean {
  const before = view.text.slice(Math.max(floor, open - 4, view.start), open);
  if (open === view.start) return true;
  if (/^\s*$/.test(view.text.slice(floor, open)) && floor > view.start) {
    // Right after a previous quote's mark: `». «…` was already handled by the caller.
    return /[.!?…]\s*$/.test(view.text.slice(Math.max(view.start, floor - 3), floor));
  }
  return /(^|[.!?…:]["»”]?)\s*[-–—]?\s*$/.test(before) || /[.!?…]\s+$/.test(before);
}

/** Only a comma, "и" or "или" stands between two spans: a list of slogans or titles. */
function listContinues(view: ParagraphView, previous: QuoteSpan, span: QuoteSpan): boolean {
  if (previous.close === null) return false;
  return /^\s*(,|и|или)\s*$/.test(view.text.slice(previous.close + 1, span.open));
}

function countWords(text: string): number {
  return (text.match(/[\p{L}\d]+(?:[-'][\p{L}\d]+)*/gu) ?? []).length;
}

/** Gives each quote its content-derived id, counting repeats of the same words. */
function withIds(text: string, pieces: readonly Piece[]): Quote[] {
  const seen = new Map<string, number>();
  return [...pieces]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((piece) => {
      const words = text.slice(piece.start, piece.end);
      const base = quoteId(words);
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      const phrase = piece.phrase;
      return {
        id: quoteId(words, occurrence),
        start: piece.start,
        end: piece.end,
        kind: piece.kind,
        speaker: null,
        speakerMention: phrase ? { start: phrase.start, end: phrase.end } : null,
      };
    });
}
