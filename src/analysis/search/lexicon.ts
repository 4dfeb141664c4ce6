import { foldWord } from './fold-text.ts';

/**
 * The search lexicon as it travels to the browser (JSON): every form of every lemma in
 * a text, compressed as a stem plus a shared set of endings. Built at build time from the
 * full dictionary, so the browser never loads the dictionary itself.
 */
export interface SerializedLexicon {
  /** Format version. */
  v: 1;
  /** Ending sets shared between lemmas, each a comma-separated list ('я,и,ю,ей'). */
  endings: string[];
  /** One entry per lemma id: `stem|endingsIndex`. Forms are stem + each ending; the first is the dictionary form. */
  lemmas: string[];
  /** Related words (derivations such as россия ↔ российский): lemma-id pairs, flattened. */
  related: number[];
}

/** The lexicon ready for lookups: folded form → lemma ids. */
export interface Lexicon {
  /** Folded word form → the ids of every lemma it can be a form of. */
  lemmaIds: ReadonlyMap<string, readonly number[]>;
  /** Dictionary form (folded) of each lemma id. */
  lemmas: readonly string[];
  /** Lemma id → ids of related lemmas (both directions). */
  related: ReadonlyMap<number, readonly number[]>;
}

/** An empty lexicon: search falls back to matching word forms as written. */
export const emptyLexicon: Lexicon = { lemmaIds: new Map(), lemmas: [], related: new Map() };

/** Expands a serialised lexicon into lookup tables; malformed entries are skipped, never thrown on. */
export function readLexicon(data: SerializedLexicon): Lexicon {
  const lemmaIds = new Map<string, number[]>();
  const lemmas: string[] = [];
  const endingSets = data.endings.map((set) => set.split(','));
  data.lemmas.forEach((entry, id) => {
    const bar = entry.lastIndexOf('|');
    const stem = entry.slice(0, bar);
    const endings = endingSets[Number(entry.slice(bar + 1))] ?? [''];
    lemmas.push(stem + (endings[0] ?? ''));
    for (const ending of endings) {
      const form = stem + ending;
      const ids = lemmaIds.get(form);
      if (!ids) lemmaIds.set(form, [id]);
      else if (!ids.includes(id)) ids.push(id);
    }
  });
  const related = new Map<number, number[]>();
  const link = (a: number, b: number) => {
    const list = related.get(a);
    if (!list) related.set(a, [b]);
    else if (!list.includes(b)) list.push(b);
  };
  for (let i = 0; i + 1 < data.related.length; i += 2) {
    const a = data.related[i] as number;
    const b = data.related[i + 1] as number;
    link(a, b);
    link(b, a);
  }
  return { lemmaIds, lemmas, related };
}

/** Compresses lemmas with their forms (already folded) into the serialised shape, deterministically. */
export function writeLexicon(
  entries: ReadonlyMap<string, ReadonlySet<string>>,
  relatedPairs: readonly (readonly [string, string])[],
): SerializedLexicon {
  const keys = [...entries.keys()].sort();
  const idOf = new Map(keys.map((key, id) => [key, id]));
  const endings: string[] = [];
  const endingIndex = new Map<string, number>();
  const lemmas = keys.map((lemma) => {
    const rest = [...(entries.get(lemma) ?? [])].filter((f) => f !== lemma).sort();
    const forms = [lemma, ...rest];
    const stem = commonPrefix(forms);
    const set = forms.map((f) => f.slice(stem.length)).join(',');
    let index = endingIndex.get(set);
    if (index === undefined) {
      index = endings.length;
      endings.push(set);
      endingIndex.set(set, index);
    }
    return `${stem}|${index}`;
  });
  const related: number[] = [];
  const seen = new Set<string>();
  for (const [a, b] of relatedPairs) {
    const ia = idOf.get(a);
    const ib = idOf.get(b);
    if (ia === undefined || ib === undefined || ia === ib) continue;
    const key = ia < ib ? `${ia},${ib}` : `${ib},${ia}`;
    if (seen.has(key)) continue;
    seen.add(key);
    related.push(Math.min(ia, ib), Math.max(ia, ib));
  }
  return { v: 1, endings, lemmas, related };
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) {
    let i = 0;
    while (i < prefix.length && i < w.length && prefix.charCodeAt(i) === w.charCodeAt(i)) i++;
    prefix = prefix.slice(0, i);
  }
  // Never end a stem inside a surrogate pair.
  const last = prefix.charCodeAt(prefix.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? prefix.slice(0, -1) : prefix;
}

/** The lemma ids a (folded or not) word form can belong to. */
export function lemmaIdsOf(lexicon: Lexicon, word: string): readonly number[] {
  return lexicon.lemmaIds.get(foldWord(word)) ?? [];
}
