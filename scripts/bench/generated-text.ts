/** A small deterministic PRNG (mulberry32): the same seed gives the same text on every machine. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A long news text made of real Russian prose: the article's title, then its body paragraphs
 * (whole paragraphs, so every quote stays balanced with its attribution) in a fresh seeded
 * shuffle per round, until the text has at least `minChars` UTF-16 code units.
 * Short blocks such as the trailing rubric are left out; blocks are separated by a blank line.
 */
export function generatedText(article: string, minChars: number, seed = 2024): string {
  const blocks = article
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const [title = '', ...rest] = blocks;
  const body = rest.filter((block) => block.length >= 40);
  if (body.length === 0) throw new Error('the article has no paragraph to build a long text from');
  const random = mulberry32(seed);
  const out = [title];
  let length = title.length;
  while (length < minChars) {
    const round = [...body];
    for (let i = round.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [round[i], round[j]] = [round[j] as string, round[i] as string];
    }
    for (const block of round) {
      out.push(block);
      length += block.length + 2;
    }
  }
  return out.join('\n\n');
}
