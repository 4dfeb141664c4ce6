import type { SearchIndex } from './build-search-index.ts';
import { foldWord } from './fold-text.ts';
import { cleanQuery } from './search-mentions.ts';

/** How many suggestions at most. */
const maxSuggestions = 3;

/**
 * Words of the text close to a query that found nothing ("Тоаев" → "Токаев"): one or two
 * edits away, by folded form, most frequent first, as written in the text.
 */
export function suggestWords(index: SearchIndex, rawQuery: string): string[] {
  const words = cleanQuery(rawQuery).query.split(' ').filter(Boolean);
  if (words.length !== 1) return [];
  const needle = foldWord(words[0] as string);
  if (needle.length < 3 || needle.length > 40) return [];
  const budget = needle.length <= 5 ? 1 : 2;
  const found: { form: string; distance: number; count: number }[] = [];
  for (const [form, positions] of index.byForm) {
    if (Math.abs(form.length - needle.length) > budget) continue;
    const distance = boundedDistance(needle, form, budget);
    if (distance <= budget && distance > 0) found.push({ form, distance, count: positions.length });
  }
  found.sort((a, b) => a.distance - b.distance || b.count - a.count || a.form.localeCompare(b.form));
  return found.slice(0, maxSuggestions).map(({ form }) => {
    const first = index.tokens[(index.byForm.get(form) ?? [])[0] ?? -1];
    return first ? index.text.slice(first.start, first.end) : form;
  });
}

/** Levenshtein distance, or budget + 1 as soon as it must exceed the budget. */
function boundedDistance(a: string, b: string, budget: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > budget) return budget + 1;
    previous = current;
  }
  return previous[b.length] as number;
}
