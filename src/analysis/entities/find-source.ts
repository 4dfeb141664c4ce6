import { foldWord } from '../morphology/tag-tokens.ts';
import { sourceVerbs } from './data/lexicon.ts';
import type { DraftEntity } from './group-mentions.ts';
import { allMentions, mapMentions } from './mention-map.ts';
import { quoteOpen, type TaggedBlock } from './recognize-names.ts';

/** How many blocks from the top (title, lead, first paragraphs) may credit the source. */
const leadBlocks = 4;
/** How many tokens a dateline before its outlet may have ("САНКТ-ПЕТЕРБУРГ, 12 сентября 2026 —"). */
const datelineTokens = 10;
const creditPhrases = [
  ['по', 'данным'],
  ['по', 'информации'],
  ['со', 'ссылкой', 'на'],
  ['как', 'сообщает'],
];

/**
 * The outlet an article credits as its source near the top: "сообщает Zakon.kz",
 * "передает ТАСС", "по данным Интерфакса", or a closing "— РИА Новости". Only outlets
 * (MEDIA) count. Returns the draft, or undefined when the text credits none.
 */
export function findSource(
  blocks: readonly TaggedBlock[],
  drafts: readonly DraftEntity[],
): DraftEntity | undefined {
  const sorted = allMentions(drafts).filter((m) => m.entity.type === 'MEDIA' && m.mention.kind !== 'pronoun');
  if (sorted.length === 0) return undefined;
  for (const block of blocks.slice(0, leadBlocks)) {
    const tokens = block.tokens;
    const map = mapMentions(tokens, sorted);
    for (let i = 0; i < tokens.length; i++) {
      const owned = map.startingAt(i);
      if (!owned) continue;
      // An outlet's name may stand in quote marks: "сообщает «Интерфакс»".
      const before = tokens
        .slice(Math.max(0, i - 4), i)
        .filter((t) => !quoteOpen.has(t.text))
        .slice(-3)
        .map((t) => t.features);
      const prev = before[before.length - 1];
      if (prev && [...prev.lemmas].some((l) => sourceVerbs.has(l))) return owned.entity;
      const words = before.map((f) => f.folded);
      if (creditPhrases.some((p) => p.every((w, k) => words[words.length - p.length + k] === w)))
        return owned.entity;
      if (!prev || !/^[—–-]$/.test(foldWord(prev.folded))) continue;
      // After a dash: a closing credit, "… — Zakon.kz" at the end of the block.
      const last = tokens[tokens.length - 1];
      const endsHere =
        last &&
        (last.end === owned.mention.end ||
          (tokens[tokens.length - 2]?.end === owned.mention.end && /^[.)]$/.test(last.text)));
      if (endsHere) return owned.entity;
      // Or a dateline: "МОСКВА, 5 декабря — РИА Новости. Текст…".
      if (i <= datelineTokens) {
        let after = i;
        while ((tokens[after]?.start ?? Number.POSITIVE_INFINITY) < owned.mention.end) after++;
        if (tokens[after]?.text === '.') return owned.entity;
      }
    }
  }
  return undefined;
}
