import type { Token } from '../text/tokenize.ts';
import type { Span } from '../types.ts';
import { enclosingQuote, type ParagraphView, quotedAt, tokenAt } from './paragraph-view.ts';
import {
  accordingToLemmas,
  citingVerbLemmas,
  namingVerbLemmas,
  speechNounLemmas,
  speechVerbLemmas,
  titleNounLemmas,
} from './speech-lexicon.ts';
import { hasLemma, isPersonNameWord } from './word-facts.ts';

/** The words that name who spoke: a name, a description or a pronoun. */
export interface SpeakerPhrase extends Span {
  kind: 'name' | 'description' | 'pronoun';
}

/** What the words around a quote say about it. */
export interface Attribution {
  /** A speech verb (or speech noun, or "по словам") attributes the quote. */
  verb: boolean;
  phrase: SpeakerPhrase | null;
}

const dash = /^[-‐–—―]+$/;
const sentenceEnd = /^[.!?…;]$/;
const closingMarks = /^[»”“"]$/;
const openingMarks = /^[«„“"]$/;
// How far after the verb the speaker may stand: "— сказал в беседе с корреспондентом «…» X".
const windowWords = 16;

/**
 * The attribution after a closing quote mark: `», — сказал X`, `",- сказал X`,
 * `» — говорит X`, `», пишет газета «…»`, or `" – X.` (a dash and a bare name).
 * Returns null when the words after the mark don't attribute the quote.
 */
export function findAttributionAfter(view: ParagraphView, closeMark: number): Attribution | null {
  const { tokens } = view;
  let i = tokenAt(view, closeMark + 1);
  while (i < tokens.length && closingMarks.test((tokens[i] as Token).text)) i++;
  let comma = false;
  let hasDash = false;
  const first = tokens[i];
  if (first && /^[,!?…]$/.test(first.text)) {
    comma = true;
    i++;
  }
  while (i < tokens.length && dash.test((tokens[i] as Token).text)) {
    hasDash = true;
    i++;
  }
  if (!comma && !hasDash) return null;
  const end = windowEnd(view, i);
  let words = 0;
  for (let j = i; j < end && words < 3; j++) {
    const token = tokens[j] as Token;
    if (token.kind !== 'word') continue;
    words++;
    const facts = view.facts(token);
    if (isSpeechVerb(view, token)) {
      const citing = hasLemma(facts, citingVerbLemmas);
      const phrase =
        findSpeakerPhrase(view, j + 1, end, citing) ?? (j > i ? findSpeakerPhrase(view, i, j, false) : null);
      return { verb: true, phrase };
    }
  }
  // `" – Токаев.`: a dash, a short name, the end of the sentence.
  if (hasDash) {
    const name = nameRun(view, i, end);
    if (name && tokenAt(view, name.end) >= end - 1 && end - i <= 5) return { verb: false, phrase: name };
  }
  return null;
}

/**
 * The attribution before an opening quote mark, within its clause (from `floor`, the end
 * of the previous quote or the paragraph's start, or the sentence's start):
 * `X заявил: «…»`, `заявил X: «…»`, `Слова X из интервью: «…»`, `По словам X, «…»`.
 * `colon` says whether a colon introduces the quote.
 */
export function findAttributionBefore(
  view: ParagraphView,
  openMark: number,
  floor: number,
): Attribution & { colon: boolean; signal: boolean } {
  const { tokens } = view;
  let j = tokenAt(view, openMark) - 1;
  while (j >= 0 && dash.test((tokens[j] as Token).text)) j--;
  const colon = j >= 0 && (tokens[j] as Token).text === ':';
  const from = clauseStart(view, openMark, floor);
  const to = tokenAt(view, openMark);
  let signal = false;
  // "по словам X": the words after the noun name the speaker, in any case.
  for (let k = from; k + 1 < to; k++) {
    const token = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (token.text.toLowerCase() !== 'по' || next.kind !== 'word') continue;
    if (!hasLemma(view.facts(next), accordingToLemmas)) continue;
    const phrase = possessivePronoun(view, k + 2, to) ?? findSpeakerPhrase(view, k + 2, to, true);
    const before = k > from ? possessivePronoun(view, k - 1, k) : null;
    return { verb: true, phrase: before ?? phrase, colon, signal: true };
  }
  for (let k = to - 1; k >= from; k--) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') continue;
    const facts = view.facts(token);
    if (hasLemma(facts, namingVerbLemmas) && facts.pos === 'VERB') signal = true;
    if (isSpeechVerb(view, token)) {
      const citing = hasLemma(facts, citingVerbLemmas);
      const after = findSpeakerPhrase(view, k + 1, to, citing, true);
      const phrase = after ?? firstSpeakerPhrase(view, from, k);
      return { verb: true, phrase, colon, signal: true };
    }
    if (colon && facts.pos === 'NOUN' && hasLemma(facts, speechNounLemmas)) {
      const phrase = findSpeakerPhrase(view, k + 1, to, true) ?? firstSpeakerPhrase(view, from, k);
      return { verb: true, phrase, colon, signal: true };
    }
  }
  return { verb: false, phrase: null, colon, signal };
}

/** A speech verb (or its gerund or participle: "комментируя", "отметивший"). */
function isSpeechVerb(view: ParagraphView, token: Token): boolean {
  const facts = view.facts(token);
  if (!['VERB', 'GRND', 'PRTF', 'PRTS', 'INFN'].includes(facts.pos)) return false;
  return hasLemma(facts, speechVerbLemmas);
}

/**
 * The speaker phrase that starts first in tokens [from, to): a pronoun in the nominative,
 * a person's name, or a description (a nominative noun phrase, or a name standing right
 * after it: "адвокат истцов Томас Винье" gives the name). Words right after a
 * preposition and words in quote marks are skipped. `anyCase` also accepts oblique names
 * ("по словам Романа Коноплева", "цитирует … Елену Сябренко").
 */
export function findSpeakerPhrase(
  view: ParagraphView,
  from: number,
  to: number,
  anyCase: boolean,
  adjacent = false,
): SpeakerPhrase | null {
  const { tokens } = view;
  let afterPreposition = false;
  let description: SpeakerPhrase | null = null;
  let seen = 0;
  const inside = enclosingQuote(view, from, to);
  for (let i = from; i < to && seen < windowWords; i++) {
    const token = tokens[i] as Token;
    const quote = quotedAt(view, token.start);
    if (quote && quote !== inside) {
      if (description && isMediaHead(view, description) && token.start === quote.start) {
        return { start: quote.start + 1, end: Math.max(quote.start + 1, quote.end - 1), kind: 'name' };
      }
      i = tokenAt(view, quote.end) - 1;
      continue;
    }
    if (token.kind !== 'word') {
      if (token.text === ',' && !description) afterPreposition = false;
      if (token.text === ',' && description) break;
      continue;
    }
    seen++;
    const facts = view.facts(token);
    if (isPersonNameWord(token, facts) && !(afterPreposition && !anyCase)) {
      return nameRun(view, i, to);
    }
    if (description) {
      if (['VERB', 'CONJ', 'INFN'].includes(facts.pos)) break;
      continue;
    }
    if (facts.pos === 'PREP') {
      afterPreposition = true;
      continue;
    }
    if (afterPreposition) {
      afterPreposition = facts.pos === 'ADJF';
      continue;
    }
    if (facts.pos === 'NPRO' && (anyCase || facts.nominative) && isPersonalPronoun(token)) {
      return { start: token.start, end: token.end, kind: 'pronoun' };
    }
    const nounLike = ['NOUN', 'ADJF', 'PRTF', 'LATN', ''].includes(facts.pos) || facts.allCaps;
    if (nounLike && (anyCase || facts.commonNominative || facts.latin || facts.allCaps)) {
      description = descriptionAt(view, i, to);
      continue;
    }
    if (adjacent && ['VERB', 'CONJ'].includes(facts.pos)) break;
  }
  return description;
}

/** Like `findSpeakerPhrase`, but the first name or pronoun wins over a description before it. */
function firstSpeakerPhrase(view: ParagraphView, from: number, to: number): SpeakerPhrase | null {
  const { tokens } = view;
  const inside = enclosingQuote(view, from, to);
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    const quote = quotedAt(view, token.start);
    if (token.kind !== 'word' || (quote && quote !== inside)) continue;
    const facts = view.facts(token);
    const previous = tokens[i - 1];
    const afterPreposition = previous !== undefined && view.facts(previous).pos === 'PREP';
    if (isPersonNameWord(token, facts) && !afterPreposition) return nameRun(view, i, to);
    if (facts.pos === 'NPRO' && facts.nominative && isPersonalPronoun(token)) {
      return { start: token.start, end: token.end, kind: 'pronoun' };
    }
  }
  return findSpeakerPhrase(view, from, to, false);
}

function isPersonalPronoun(token: Token): boolean {
  return /^(он|она|они|оно|его|ее|её|их|него|нее|неё|них)$/i.test(token.text);
}

/** "По его словам": the possessive pronoun right before or after the noun. */
function possessivePronoun(view: ParagraphView, from: number, to: number): SpeakerPhrase | null {
  const token = view.tokens[from];
  if (!token || from >= to || !/^(его|ее|её|их)$/i.test(token.text)) return null;
  return { start: token.start, end: token.end, kind: 'pronoun' };
}

/** Consecutive person-name words from token `i` ("Касым-Жомарт Токаев", "Марин Ле Пен"). */
function nameRun(view: ParagraphView, i: number, to: number): SpeakerPhrase | null {
  const { tokens, text } = view;
  const first = tokens[i];
  if (!first || !isPersonNameWord(first, view.facts(first))) return null;
  let last = first;
  for (let k = i + 1; k < to && k < i + 4; k++) {
    const token = tokens[k] as Token;
    if (!/^\s*$/.test(text.slice(last.end, token.start))) break;
    const facts = view.facts(token);
    if (!(isPersonNameWord(token, facts) || (facts.capitalised && !facts.allCaps && facts.pos !== 'PREP')))
      break;
    last = token;
  }
  return { start: first.start, end: last.end, kind: 'name' };
}

/**
 * A description starting at token `i`: adjectives, the head noun and what hangs on it
 * in the genitive or as a name ("казахстанский лидер", "глава МИД", "пресс-служба Кремля",
 * "представитель Philips"). A person's name right after it wins ("адвокат истцов Томас Винье").
 */
function descriptionAt(view: ParagraphView, i: number, to: number): SpeakerPhrase {
  const { tokens, text } = view;
  const first = tokens[i] as Token;
  let last = first;
  let headSeen = view.facts(first).pos !== 'ADJF';
  for (let k = i + 1; k < to && k < i + 6; k++) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word' || !/^\s*$/.test(text.slice(last.end, token.start))) break;
    const facts = view.facts(token);
    if (['PREP', 'CONJ', 'VERB', 'INFN', 'GRND', 'PRCL', 'ADVB', 'NPRO'].includes(facts.pos)) break;
    if (isPersonNameWord(token, facts)) break;
    if (headSeen && !(facts.latin || facts.allCaps || facts.capitalised || isGenitive(view, token))) break;
    if (facts.pos === 'NOUN') headSeen = true;
    last = token;
  }
  return { start: first.start, end: last.end, kind: 'description' };
}

function isGenitive(view: ParagraphView, token: Token): boolean {
  return view.facts(token).parses.some((p) => p.grammemes.includes('gent'));
}

function isMediaHead(view: ParagraphView, phrase: SpeakerPhrase): boolean {
  const k = tokenAt(view, phrase.start);
  for (let i = k; i < view.tokens.length && (view.tokens[i] as Token).end <= phrase.end; i++) {
    if (hasLemma(view.facts(view.tokens[i] as Token), titleNounLemmas)) return true;
  }
  return false;
}

/** The token index where an attribution window after `i` ends: the sentence's end. */
function windowEnd(view: ParagraphView, i: number): number {
  const { tokens } = view;
  let k = i;
  for (; k < tokens.length && k < i + 40; k++) {
    const token = tokens[k] as Token;
    if (sentenceEnd.test(token.text) || token.text === ':') break;
    const quote = quotedAt(view, token.start);
    if (quote && token.start === quote.start && openingMarks.test(token.text) && k > i) {
      k = tokenAt(view, quote.end) - 1;
    }
  }
  return k;
}

/** The token index where the clause before an opening mark starts. */
function clauseStart(view: ParagraphView, openMark: number, floor: number): number {
  const { tokens } = view;
  const lowest = tokenAt(view, floor);
  let k = tokenAt(view, openMark) - 1;
  for (; k >= lowest && k >= 0; k--) {
    const token = tokens[k] as Token;
    const quote = quotedAt(view, token.start);
    if (quote && quote.end <= openMark) {
      k = tokenAt(view, quote.start);
      continue;
    }
    if (/^[.!?…]$/.test(token.text)) break;
  }
  return Math.max(k + 1, lowest);
}
