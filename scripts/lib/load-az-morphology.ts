import { createRequire } from 'node:module';
import path from 'node:path';
import type { MorphAnalyzer, Parse } from '../../src/analysis/morphology/morph-analyzer.ts';

/** The slice of az's API that we use. az ships no types. */
interface AzParse {
  toString(): string;
  /** False when az cannot normalise (some hyphenated compounds); its string is the word. */
  normalize(): { toString(): string } | false;
  inflect(grammemes: Record<string, boolean>): { word: string } | false | undefined;
  inflect(formIndex: number): { toString(): string } | false | undefined;
  /** How many forms the reading's paradigm has; absent for readings without one (abbreviations). */
  formCnt?: number;
  tag: { toString(): string };
  score: number;
  /** Which of az's parsers produced the reading: 'Dictionary', 'SuffixKnown', 'Abbr', 'Latin', … */
  parser?: string;
}
interface Az {
  Morph: ((word: string) => AzParse[]) & {
    init(dictsPath: string, done: (err?: unknown) => void): void;
  };
}

const require = createRequire(import.meta.url);

let loading: Promise<MorphAnalyzer> | null = null;

/**
 * Loads the OpenCorpora dictionary through az (Node only: it reads 11 MB of files),
 * once per process, and wraps it in the `MorphAnalyzer` interface with a per-form cache.
 */
export function loadAzMorphology(): Promise<MorphAnalyzer> {
  loading ??= new Promise((resolve, reject) => {
    const az = require('az') as Az;
    const dicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts');
    az.Morph.init(dicts, (err) => {
      if (err) reject(err instanceof Error ? err : new Error(String(err)));
      else resolve(wrapAz(az));
    });
  });
  return loading;
}

function wrapAz(az: Az): MorphAnalyzer {
  const parsesCache = new Map<string, { parse: Parse; raw: AzParse }[]>();
  const readings = (word: string) => {
    let cached = parsesCache.get(word);
    if (!cached) {
      cached = az.Morph(word).map((raw) => ({
        raw,
        parse: {
          lemma: String(raw.normalize() || raw).toLowerCase(),
          grammemes: raw.tag.toString().split(/[ ,]/).filter(Boolean),
          score: raw.score,
          ...(raw.parser === 'Dictionary' ? {} : { guessed: true }),
        },
      }));
      parsesCache.set(word, cached);
    }
    return cached;
  };
  const find = (word: string, parse: Parse) =>
    readings(word).find((r) => r.parse === parse) ??
    readings(word).find((r) => r.parse.lemma === parse.lemma && sameGrammemes(r.parse, parse));
  return {
    parse: (word) => readings(word).map((r) => r.parse),
    inflect(word, parse, grammemes) {
      const reading = find(word, parse);
      if (!reading) return null;
      const result = reading.raw.inflect(Object.fromEntries(grammemes.map((g) => [g, true])));
      return result ? result.word : null;
    },
    forms(word, parse) {
      const reading = find(word, parse);
      const count = reading?.raw.formCnt ?? 0;
      const forms = new Set<string>([parse.lemma]);
      for (let i = 0; reading && i < count; i++) {
        const form = reading.raw.inflect(i);
        if (form) forms.add(String(form).toLowerCase());
      }
      forms.add(word.toLowerCase());
      return [...forms];
    },
  };
}

function sameGrammemes(a: Parse, b: Parse): boolean {
  return a.grammemes.length === b.grammemes.length && a.grammemes.every((g, i) => b.grammemes[i] === g);
}
