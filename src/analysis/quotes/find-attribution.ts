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
    // "«Gzt.Ru», 23 июля передала …" goes on with the sentence; it attributes nothing.
    if (token.kind === 'number') break;
    if (token.kind !== 'word') continue;
    words++;
    const facts = view.facts(token);
    if (isSpeechVerb(view, token) && facts.pos !== 'INFN') {
      const citing = hasLemma(facts, citingVerbLemmas);
      const phrase =
        findSpeakerPhrase(view, j + 1, end, citing) ?? (j > i ? findSpeakerPhrase(view, i, j, false) : null);
      return { verb: true, phrase };
    }
    // `», — прогнозирует Лолашвили`, `», — уверен он`: after the dash, a verb that opens the
    // words and has a subject attributes the quote whatever the verb is.
    if (hasDash && words === 1 && ['VERB', 'ADJS', 'PRTS'].includes(facts.pos)) {
      const phrase = findSpeakerPhrase(view, j + 1, end, false, true);
      if (phrase) return { verb: true, phrase };
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
  let naming = -1;
  // "по словам X": the words after the noun name the speaker, in any case; "по её словам": the pronoun.
  for (let k = from; k + 1 < to; k++) {
    const token = tokens[k] as Token;
    if (token.text.toLowerCase() !== 'по') continue;
    const owner = possessivePronoun(view, k + 1, to);
    const noun = owner ? k + 2 : k + 1;
    const next = tokens[noun];
    if (noun >= to || next?.kind !== 'word' || !hasLemma(view.facts(next), accordingToLemmas)) continue;
    const phrase =
      owner ?? possessivePronoun(view, noun + 1, to) ?? findSpeakerPhrase(view, noun + 1, to, true);
    const before = k > from ? possessivePronoun(view, k - 1, k) : null;
    return { verb: true, phrase: before ?? phrase, colon, signal: true };
  }
  for (let k = to - 1; k >= from; k--) {
    const token = tokens[k] as Token;
    if (token.kind !== 'word') continue;
    const facts = view.facts(token);
    if (hasLemma(facts, namingVerbLemmas) && facts.pos === 'VERB') {
      signal = true;
      if (naming < 0) naming = k;
    }
    if (isSpeechVerb(view, token)) {
      const citing = hasLemma(facts, citingVerbLemmas);
      const after = findSpeakerPhrase(view, k + 1, to, citing, true);
      const phrase = after ?? subjectBefore(view, from, k) ?? firstSpeakerPhrase(view, from, k);
      return { verb: true, phrase, colon, signal: true };
    }
    if (colon && facts.pos === 'NOUN' && hasLemma(facts, speechNounLemmas)) {
      const phrase = findSpeakerPhrase(view, k + 1, to, true) ?? firstSpeakerPhrase(view, from, k);
      return { verb: true, phrase, colon, signal: true };
    }
  }
  // "Депутат Ярослав Нилов назвал решение «…»": whoever names is the one quoted.
  if (naming >= 0 && !colon)
    return { verb: false, phrase: firstSpeakerPhrase(view, from, naming), colon, signal };
  // "Представитель Роскосмоса Александр Воробьёв даёт объяснение …: «…»": the clause's subject.
  const subject = colon ? firstSpeakerPhrase(view, from, to) : null;
  return { verb: false, phrase: subject && subject.kind !== 'description' ? subject : null, colon, signal };
}

/**
 * For a quote with no attribution of its own: the speaker of the nearest reported speech
 * before it in the paragraph ("Далее Герстенмайер сказал, что … «…»"), or null.
 */
export function findReportedSpeaker(view: ParagraphView, openMark: number): SpeakerPhrase | null {
  const { tokens } = view;
  const lowest = Math.max(0, tokenAt(view, openMark) - 80);
  for (let k = tokenAt(view, openMark) - 1; k >= lowest; k--) {
    const token = tokens[k] as Token;
    const quote = quotedAt(view, token.start);
    if (quote) {
      k = tokenAt(view, quote.start);
      continue;
    }
    if (token.kind !== 'word' || !isSpeechVerb(view, token)) continue;
    const end = windowEnd(view, k + 1);
    const after = findSpeakerPhrase(view, k + 1, end, false, true);
    const phrase = after ?? firstSpeakerPhrase(view, clauseStart(view, token.start, view.start), k);
    if (phrase) return phrase;
  }
  return null;
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
  for (let i = from; i < to && seen < (anyCase ? 2 * windowWords : windowWords); i++) {
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
      // A cited person may stand after a long description with commas ("цитирует … Елену Сябренко").
      if (token.text === ',' && description && !anyCase) break;
      continue;
    }
    seen++;
    const facts = view.facts(token);
    if (isPersonNameWord(token, facts, startsSentence(view, i)) && !afterPreposition) {
      return nameRun(view, i, to);
    }
    if (description) {
      // "писатель и журналист Виктор Шендерович": look on for the name, not past a verb.
      if (['VERB', 'INFN'].includes(facts.pos) || /^(что|который|которая|которые)$/i.test(token.text)) break;
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

/**
 * The subject standing between the clause's last comma and its verb: "На вопрос, готов ли
 * Путин к встрече, представитель Кремля ответил" gives "представитель Кремля", not "Путин".
 */
function subjectBefore(view: ParagraphView, from: number, verb: number): SpeakerPhrase | null {
  for (let k = verb - 1; k > from; k--) {
    if ((view.tokens[k] as Token).text === ',') return findSpeakerPhrase(view, k + 1, verb, false);
  }
  return null;
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
    if (isPersonNameWord(token, facts, startsSentence(view, i)) && !afterPreposition)
      return nameRun(view, i, to);
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
  if (!first || !isPersonNameWord(first, view.facts(first), startsSentence(view, i))) return null;
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
  // A clause longer than this is not an attribution; the bound keeps the scan linear.
  const lowest = Math.max(tokenAt(view, floor), tokenAt(view, openMark) - 80);
  let k = tokenAt(view, openMark) - 1;
  for (; k >= lowest && k >= 0; k--) {
    const token = tokens[k] as Token;
    const quote = quotedAt(view, token.start);
    if (quote && quote.end <= openMark) {
      k = tokenAt(view, quote.start);
      continue;
    }
    // "Как сообщил А. Кудрин": the dot after an initial does not end the sentence.
    if (/^[.!?…]$/.test(token.text) && !(token.text === '.' && isInitial(tokens[k - 1]))) break;
  }
  return Math.max(k + 1, lowest);
}

/** Token `i` starts a sentence: the paragraph's start, or after a full stop, mark or dash. */
function startsSentence(view: ParagraphView, i: number): boolean {
  const previous = view.tokens[i - 1];
  return !previous || /^[.!?…«"„“—–-]$/.test(previous.text);
}

function isInitial(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}$/u.test(token.text);
}
