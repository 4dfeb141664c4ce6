/** A run of words that both texts share, or that only the old or only the new one has. */
export interface WordDiffPart {
  op: 'same' | 'removed' | 'added';
  /** The words of the run, with the whitespace between them collapsed to single spaces. */
  text: string;
}

/** Above this many words on either side, the diff says "all removed, all added" instead of spending O(n·m). */
export const maxDiffWords = 3000;

/**
 * Word-level diff of two texts (longest common subsequence over whitespace-separated
 * words, punctuation kept with its word), for showing how a quote changed. Runs with
 * the same operation are merged; removed runs come before added ones at each change.
 */
export function diffWords(before: string, after: string): WordDiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length > maxDiffWords || b.length > maxDiffWords) {
    return merge([
      ...a.map((w) => ({ op: 'removed' as const, w })),
      ...b.map((w) => ({ op: 'added' as const, w })),
    ]);
  }
  // lcs[i][j]: length of the LCS of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    }
  }
  const steps: { op: WordDiffPart['op']; w: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      steps.push({ op: 'same', w: a[i] as string });
      i++;
      j++;
    } else if (
      j >= b.length ||
      (i < a.length && (lcs[(i + 1) * width + j] as number) >= (lcs[i * width + j + 1] as number))
    ) {
      steps.push({ op: 'removed', w: a[i] as string });
      i++;
    } else {
      steps.push({ op: 'added', w: b[j] as string });
      j++;
    }
  }
  return merge(steps);
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w.length > 0);
}

function merge(steps: { op: WordDiffPart['op']; w: string }[]): WordDiffPart[] {
  const parts: WordDiffPart[] = [];
  for (const { op, w } of steps) {
    const last = parts.at(-1);
    if (last && last.op === op) last.text += ` ${w}`;
    else parts.push({ op, text: w });
  }
  return parts;
}
