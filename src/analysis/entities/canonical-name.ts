import type { MorphAnalyzer, Parse } from '../morphology/morph-analyzer.ts';
import type { TaggedToken } from '../morphology/tag-tokens.ts';

/** The six cases, as the dictionary's grammemes. */
export const cases = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
type Case = (typeof cases)[number];
const personGrammemes = ['Name', 'Surn', 'Patr'];

/** Gives `lemma` the capitalisation of `original`: "касым-жомарт" like "Касым-Жомарта" → "Касым-Жомарт". */
export function matchCase(lemma: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return lemma.toUpperCase();
  }
  const parts = original.split(/([-‐'’])/);
  const lemmaParts = lemma.split(/([-‐'’])/);
  return lemmaParts
    .map((part, i) => {
      const model = parts[i] ?? parts[0] ?? '';
      const first = model[0] ?? '';
      return first !== first.toLowerCase() ? part.charAt(0).toUpperCase() + part.slice(1) : part;
    })
    .join('');
}

const surnameCaseEnding = /^(.*(?:[оеё]в|[ыи]н))(?:а|у|ым|ом|е)$/u;
const skiyCaseEnding = /^(.*[сц]к)(?:ого|ому|им|ом)$/u;
const consonantCaseEnding = /^(.*[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|ем|е)$/u;

/** The nominative of a surname the dictionary does not know, from its ending ("Токаева" → "Токаев"). */
export function guessSurnameNominative(word: string): string {
  const m = surnameCaseEnding.exec(word);
  if (m?.[1]) return m[1];
  const s = skiyCaseEnding.exec(word);
  if (s?.[1]) return `${s[1]}ий`;
  return word;
}

/** The nominative of a masculine name in an oblique case that the dictionary does not know ("Касым-Жомарта"). */
function guessNameNominative(word: string): string {
  const surname = guessSurnameNominative(word);
  if (surname !== word) return surname;
  return consonantCaseEnding.exec(word)?.[1] ?? word;
}

/**
 * The case most of the name's words can be in, preferring the nominative. A word with
 * no reading as a name votes with its other readings, or for every case when it looks
 * like a surname the dictionary misreads ("Токаев" as the plural of "токай").
 */
export function sharedCase(tokens: readonly TaggedToken[]): Case {
  let best: Case = 'nomn';
  let bestCount = -1;
  for (const c of cases) {
    let count = 0;
    for (const t of tokens) {
      if (t.kind !== 'word' || t.text.length === 1) continue;
      const readings = personReadings(t);
      const votes =
        readings.length > 0
          ? readings.some((p) => p.grammemes.includes(c))
          : t.features.surnameShape ||
            t.features.parses.length === 0 ||
            t.features.parses.some((p) => p.grammemes.includes(c));
      if (votes) count++;
    }
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

/** Readings of a word as a person's name: singular first names, surnames and patronymics. */
export function personReadings(token: TaggedToken): readonly Parse[] {
  return token.features.parses.filter(
    (p) => p.grammemes.some((g) => personGrammemes.includes(g)) && !p.grammemes.includes('plur'),
  );
}

/**
 * The nominative of a person's name from its words in any case:
 * "Владимира Путина" → "Владимир Путин", "Анны Ахматовой" → "Анна Ахматова".
 */
export function personName(tokens: readonly TaggedToken[], morph: MorphAnalyzer): string {
  const words = tokens.filter((t) => t.kind === 'word');
  const nameCase = sharedCase(words);
  const parts: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word') {
      if (t.text === '.') parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''}.`;
      continue;
    }
    if (t.text.length === 1) {
      parts.push(t.text);
      continue;
    }
    if (nameCase === 'nomn') {
      parts.push(t.text);
      continue;
    }
    const reading = personReadings(t).find((p) => p.grammemes.includes(nameCase));
    if (!reading) {
      parts.push(guessNameNominative(t.text));
      continue;
    }
    if (reading.grammemes.includes('femn') && reading.grammemes.includes('Surn')) {
      const form = safeInflect(morph, t.text, reading, ['nomn', 'sing']);
      parts.push(matchCase(form ?? reading.lemma, t.text));
    } else {
      parts.push(matchCase(reading.lemma, t.text));
    }
  }
  return parts.join(' ');
}

const inflections = new WeakMap<MorphAnalyzer, Map<string, string | null>>();

/** `morph.inflect`, cached per word, reading and target (the dictionary's inflection is slow), never throwing. */
export function safeInflect(
  morph: MorphAnalyzer,
  word: string,
  parse: Parse,
  grammemes: string[],
): string | null {
  let cache = inflections.get(morph);
  if (!cache) {
    cache = new Map();
    inflections.set(morph, cache);
  }
  const key = `${word}\u0001${parse.lemma}\u0001${parse.grammemes.join(',')}\u0001${grammemes.join(',')}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let form: string | null;
  try {
    form = morph.inflect(word, parse, grammemes);
  } catch {
    form = null;
  }
  if (cache.size > 100_000) cache.clear();
  cache.set(key, form);
  return form;
}

/**
 * The nominative of a phrase headed by the noun at `head`: adjectives before it agree
 * with it, words after it stay as written ("Центра информационной безопасности ШОС" →
 * "Центр информационной безопасности ШОС"; "Новой Зеландии" → "Новая Зеландия").
 */
export function phraseName(tokens: readonly TaggedToken[], head: number, morph: MorphAnalyzer): string {
  const headToken = tokens[head];
  if (!headToken) return joinTokens(tokens);
  const headReading = nounReading(headToken);
  const number = headReading?.grammemes.includes('plur') ? 'plur' : 'sing';
  const gender = headReading?.grammemes.find((g) => g === 'masc' || g === 'femn' || g === 'neut');
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (i < head && t.kind === 'word') {
      const adj = t.features.parses.find((p) => p.grammemes.includes('ADJF'));
      const target = number === 'plur' ? ['nomn', 'plur'] : ['nomn', 'sing', ...(gender ? [gender] : [])];
      const form = !adj
        ? null
        : adj.grammemes.includes('Supr')
          ? superlativeForm(morph, t.text, adj, target)
          : safeInflect(morph, t.text, adj, target);
      out.push(form ? matchCase(form, t.text) : t.text);
    } else if (i === head && headReading && !headReading.grammemes.includes('nomn')) {
      const form = safeInflect(morph, t.text, headReading, ['nomn', number]);
      out.push(matchCase(form ?? headReading.lemma, t.text));
    } else {
      out.push(t.text);
    }
  });
  return joinWords(tokens, out);
}

const adjectiveEnding = /(?:ая|яя|ое|ее|ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей|ых|их|ыми|ими|ые|ие)$/u;

/**
 * A superlative in the asked-for form, on its own stem: "Высшей" → "Высшая". The dictionary
 * files "высший" under "высокий", so inflecting would give "Высокая" or "Высочайшая".
 */
function superlativeForm(
  morph: MorphAnalyzer,
  word: string,
  adj: Parse,
  target: readonly string[],
): string | null {
  const stem = word.toLowerCase().replace(adjectiveEnding, '');
  if (stem.length < 3) return null;
  for (const form of morph.forms?.(word, adj) ?? []) {
    if (!form.startsWith(stem) || form.length > stem.length + 3) continue;
    const reading = morph
      .parse(form)
      .some(
        (p) =>
          p.lemma === adj.lemma &&
          p.grammemes.includes('Supr') &&
          target.every((g) => p.grammemes.includes(g)),
      );
    if (reading) return form;
  }
  return null;
}

/** The noun reading of a word, most likely first. */
export function nounReading(token: TaggedToken): Parse | undefined {
  return token.features.parses.find((p) => p.grammemes.includes('NOUN'));
}

/** The nominative of a single proper noun ("России" → "Россия", "Алматы" stays). */
export function properNounName(token: TaggedToken, prefer: (p: Parse) => boolean): string {
  if (token.upper) return token.text;
  const reading = token.features.parses.find(prefer);
  if (!reading || reading.grammemes.includes('nomn') || reading.grammemes.includes('Fixd')) {
    return reading ? matchCase(reading.lemma, token.text) : token.text;
  }
  return matchCase(reading.lemma, token.text);
}

/** The tokens' text with their original spacing collapsed to one space. */
function joinTokens(tokens: readonly TaggedToken[]): string {
  return joinWords(
    tokens,
    tokens.map((t) => t.text),
  );
}

function joinWords(tokens: readonly TaggedToken[], words: readonly string[]): string {
  let result = '';
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev && prev.end < t.start) result += ' ';
    result += words[i] ?? t.text;
  });
  return result;
}
