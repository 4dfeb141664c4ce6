/**
 * Russian silent reading runs at about 1000 characters a minute on plain prose (IReST:
 * 986 ± 175 characters/min for Russian); news dense with names and figures reads slower,
 * so the slow end assumes 700. The estimate is a range of whole minutes, at least 1.
 */
const fastCharsPerMinute = 1000;
const slowCharsPerMinute = 700;

/** Minutes to read a text, as a range from a fast to a slow reader. */
export function estimateReadingTime(text: string): { min: number; max: number } {
  const chars = text.replace(/\s+/g, ' ').trim().length;
  const min = Math.max(1, Math.round(chars / fastCharsPerMinute));
  const max = Math.max(min, Math.round(chars / slowCharsPerMinute));
  return { min, max };
}

/** The estimate as the reader shows it: "3–5 мин", or "1 мин" when the range collapses. */
export function formatReadingTime({ min, max }: { min: number; max: number }): string {
  return min === max ? `${min} мин` : `${min}–${max} мин`;
}
