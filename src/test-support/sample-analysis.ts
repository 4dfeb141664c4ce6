import { quoteId } from '../analysis/anchoring/quote-id.ts';
import { segmentBlocks } from '../analysis/text/segment-blocks.ts';
import type { Analysis, Entity, EntityType, Mention, MentionKind, Quote, Quoted } from '../analysis/types.ts';

/**
 * A hand-made analysis of a text for UI tests, built the way a reviewer would mark it up
 * by eye: entities by the words that name them, quotes by their opening words. Offsets
 * are searched for in the text, never typed in. Not the engine: only for tests.
 */
export function sampleAnalysis(
  text: string,
  spec: {
    entities: { id: string; name: string; type: EntityType; forms: [string, MentionKind][] }[];
    quotes: { startsWith: string; speaker: string | null }[];
    quoted: { words: string; kind: Quoted['kind'] }[];
    source: string | null;
  },
): Analysis {
  // Forms are listed longest first; a shorter form inside a longer one of the same entity is not a second mention.
  const entities: Entity[] = spec.entities.map((e) => {
    const mentions: Mention[] = [];
    for (const [form, kind] of e.forms)
      for (const start of occurrences(text, form)) {
        const end = start + form.length;
        if (!mentions.some((m) => m.start < end && start < m.end)) mentions.push({ start, end, kind });
      }
    return { id: e.id, name: e.name, type: e.type, mentions: mentions.sort((a, b) => a.start - b.start) };
  });
  const quotes = spec.quotes.map(({ startsWith, speaker }): Quote => {
    const start = text.indexOf(startsWith);
    const close = text.indexOf('"', start);
    if (start < 0 || close < 0) throw new Error(`no quote starting with ${startsWith}`);
    return {
      id: quoteId(text.slice(start, close)),
      start,
      end: close,
      kind: 'direct',
      speaker,
      speakerMention: null,
    };
  });
  const quoted = spec.quoted.flatMap(({ words, kind }) =>
    occurrences(text, words).map((start): Quoted => ({ start, end: start + words.length, kind })),
  );
  return { text, paragraphs: segmentBlocks(text), quotes, quoted, entities, source: spec.source };
}

/** Where a whole word or phrase occurs (not inside a longer word). */
function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + form.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(at);
  }
  return out;
}

/** The bundled article marked up by hand, for rendering tests before the engine fills it in. */
export function sampleArticleAnalysis(text: string): Analysis {
  return sampleAnalysis(text, {
    entities: [
      {
        id: 'per-tokaev',
        name: 'Касым-Жомарт Токаев',
        type: 'PER',
        forms: [
          ['Президент РК Касым-Жомарт Токаев', 'name'],
          ['Президент Токаев', 'name'],
          ['Токаев', 'name'],
          ['казахстанский лидер', 'description'],
        ],
      },
      { id: 'per-putin', name: 'Владимир Путин', type: 'PER', forms: [['Владимира Путина', 'name']] },
      {
        id: 'loc-kazakhstan',
        name: 'Казахстан',
        type: 'LOC',
        forms: [
          ['Казахстан', 'name'],
          ['Казахстана', 'name'],
          ['Казахстаном', 'name'],
          ['РК', 'abbrev'],
        ],
      },
      {
        id: 'loc-russia',
        name: 'Россия',
        type: 'LOC',
        forms: [
          ['Россия', 'name'],
          ['Россией', 'name'],
          ['России', 'name'],
        ],
      },
      { id: 'loc-almaty', name: 'Алматы', type: 'LOC', forms: [['Алматы', 'name']] },
      {
        id: 'org-sco',
        name: 'ШОС',
        type: 'ORG',
        forms: [
          ['ШОС', 'abbrev'],
          ['Организации', 'description'],
        ],
      },
      { id: 'media-izvestia', name: 'Известия', type: 'MEDIA', forms: [['Известиям', 'name']] },
      { id: 'media-zakon-kz', name: 'Zakon.kz', type: 'MEDIA', forms: [['Zakon.kz', 'name']] },
    ],
    quotes: [
      { startsWith: 'За более чем 20 лет', speaker: 'per-tokaev' },
      { startsWith: 'Хочу отметить', speaker: 'per-tokaev' },
      { startsWith: 'Возлагаю большие надежды', speaker: 'per-tokaev' },
    ],
    quoted: [
      { words: 'Известиям', kind: 'title' },
      { words: 'шанхайского духа', kind: 'term' },
      { words: 'Север-Юг', kind: 'name' },
    ],
    source: 'media-zakon-kz',
  });
}
