import type { Token } from '../text/tokenize.ts';
import type { Span } from '../types.ts';
import { findSpeakerPhrase, type SpeakerPhrase } from './find-attribution.ts';
import { type ParagraphView, tokenAt } from './paragraph-view.ts';
import { speechVerbLemmas } from './speech-lexicon.ts';
import { hasLemma } from './word-facts.ts';

const dash = /^[-‐–—―]+$/;

/**
 * Splits a quote that the author interrupts to name the speaker:
 * `«Мне кажется, — продолжил Брод, — что…»` gives two pieces and the phrase "Брод".
 * The interruption is a dash after a comma (or !, ?, …, .), a few words with a speech
 * verb, then a comma or full stop and another dash. Returns null when there is none.
 */
export function splitQuote(
  view: ParagraphView,
  span: Span,
): { parts: Span[]; phrase: SpeakerPhrase | null } | null {
  const { tokens, text } = view;
  const parts: Span[] = [];
  let phrase: SpeakerPhrase | null = null;
  let pieceStart = span.start;
  const last = tokenAt(view, span.end);
  for (let i = tokenAt(view, span.start) + 1; i < last; i++) {
    const opening = tokens[i] as Token;
    const before = tokens[i - 1] as Token;
    if (!dash.test(opening.text) || !/^[,!?….]$/.test(before.text) || opening.start === before.end) continue;
    // The words between the two dashes: at most eight, one of them a speech verb.
    let verb = -1;
    let closing = -1;
    for (let k = i + 1; k < last && k < i + 14; k++) {
      const token = tokens[k] as Token;
      if (dash.test(token.text) && /^[,.]$/.test((tokens[k - 1] as Token).text)) {
        closing = k;
        break;
      }
      if (token.kind === 'word' && verb < 0 && hasLemma(view.facts(token), speechVerbLemmas)) verb = k;
      if (/^[«»"“”„:;!?]$/.test(token.text)) break;
    }
    if (verb < 0 || closing < 0) continue;
    const end = before.text === ',' ? before.start : before.end;
    if (end > pieceStart) parts.push({ start: pieceStart, end });
    phrase ??=
      findSpeakerPhrase(view, verb + 1, closing - 1, false) ?? findSpeakerPhrase(view, i + 1, verb, false);
    const next = tokens[closing + 1];
    pieceStart = next ? Math.min(next.start, span.end) : span.end;
    while (pieceStart < span.end && /\s/.test(text[pieceStart] as string)) pieceStart++;
    i = closing;
  }
  if (parts.length === 0) return null;
  if (span.end > pieceStart) parts.push({ start: pieceStart, end: span.end });
  return { parts, phrase };
}
