import type { MorphAnalyzer, Parse } from '../morphology/morph-analyzer.ts';

const cases = ['nomn', 'gent', 'accs', 'datv', 'ablt', 'loct'] as const;
const genders = ['masc', 'femn'] as const;
/** A grammatical case, as an OpenCorpora grammeme. */
export type Case = (typeof cases)[number];
type Gender = (typeof genders)[number];

// Endings of Russian surnames in oblique cases, for surnames the dictionary doesn't know.
const obliqueSurname: Record<Exclude<Case, 'nomn'>, RegExp> = {
  gent: /(ов|ев|ёв|ин|ын)а$/u,
  accs: /(ов|ев|ёв|ин|ын)а$/u,
  datv: /(ов|ев|ёв|ин|ын)у$/u,
  ablt: /(ов|ев|ёв|ин|ын)ым$/u,
  loct: /(ов|ев|ёв|ин|ын)е$/u,
};

/**
 * The nominative form of a person's name as written in any case ("Романа Коноплева" →
 * "Роман Коноплев", "Елену Сябренко" → "Елена Сябренко", "Касым-Жомарта Токаева" →
 * "Касым-Жомарт Токаев"). The case and gender are the ones all the name's words agree
 * on, most likely first (or in the `expected` case, when the context tells: "по словам"
 * takes the genitive); known names are inflected by the dictionary, unknown masculine
 * surnames by their endings.
 */
export function nominativeName(words: string, morph: MorphAnalyzer, expected?: Case): string {
  const parts = words.split(/\s+/).filter(Boolean);
  const readings = parts.map((word) => personalReadings(word, morph));
  const reading = (expected && agreedReading(readings, expected)) || agreedReading(readings);
  if (!reading || reading.case === 'nomn') return parts.join(' ');
  return parts
    .map((word, i) => {
      const own = (readings[i] ?? []).find((p) => fits(p, reading.case, reading.gender));
      if (!own) {
        const ending = obliqueSurname[reading.case as Exclude<Case, 'nomn'>];
        return reading.gender === 'masc' && /^\p{Lu}/u.test(word) ? word.replace(ending, '$1') : word;
      }
      let form: string | null = null;
      try {
        form = morph.inflect(word, own, ['nomn', 'sing']);
      } catch {
        form = null;
      }
      return form ? capitaliseLike(form, word) : word;
    })
    .join(' ');
}

/** The case and gender with the highest summed likelihood over the words that have readings. */
function agreedReading(readings: readonly Parse[][], only?: Case): { case: Case; gender: Gender } | null {
  let best: { case: Case; gender: Gender; score: number } | null = null;
  for (const gender of genders) {
    for (const grammaticalCase of only ? [only] : cases) {
      let score = 0;
      let any = false;
      let ok = true;
      for (const list of readings) {
        if (list.length === 0) continue;
        any = true;
        const matching = list.filter((p) => fits(p, grammaticalCase, gender));
        if (matching.length === 0) {
          ok = false;
          break;
        }
        score += Math.max(...matching.map((p) => p.score));
      }
      // Ties go to the earlier combination: masculine, then nominative.
      if (ok && any && (!best || score > best.score + 1e-9)) best = { case: grammaticalCase, gender, score };
    }
  }
  return best;
}

function fits(p: Parse, grammaticalCase: Case, gender: Gender): boolean {
  const g = p.grammemes;
  return g.includes(grammaticalCase) && (g.includes(gender) || g.includes('Ms-f') || g.includes('GNdr'));
}

function personalReadings(word: string, morph: MorphAnalyzer): Parse[] {
  if (!/^\p{Lu}/u.test(word) || word.length > 40) return [];
  let parses: readonly Parse[] = [];
  try {
    parses = morph.parse(word);
  } catch {
    return [];
  }
  return parses.filter(
    (p) =>
      (p.grammemes.includes('Name') || p.grammemes.includes('Surn') || p.grammemes.includes('Patr')) &&
      p.grammemes.includes('sing'),
  );
}

/** "касым-жомарт" written like "Касым-Жомарта" → "Касым-Жомарт". */
function capitaliseLike(form: string, model: string): string {
  const modelParts = model.split('-');
  return form
    .split('-')
    .map((part, i) => {
      const m = modelParts[i] ?? modelParts[modelParts.length - 1] ?? '';
      return /^\p{Lu}/u.test(m) ? part.charAt(0).toUpperCase() + part.slice(1) : part;
    })
    .join('-');
}
