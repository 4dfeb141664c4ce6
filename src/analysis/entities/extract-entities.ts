import type { MorphAnalyzer } from '../morphology/morph-analyzer.ts';
import { tagTokens } from '../morphology/tag-tokens.ts';
import { entityId } from '../speakers/entity-id.ts';
import type { Block, Entity, Mention } from '../types.ts';
import { findSource } from './find-source.ts';
import { type DraftEntity, groupMentions } from './group-mentions.ts';
import { knownIndex } from './known-index.ts';
import { linkAdjectives } from './link-adjectives.ts';
import { linkDescriptions } from './link-descriptions.ts';
import { linkOrgHeads } from './link-org-heads.ts';
import { linkPronouns } from './link-pronouns.ts';
import { recognizeNames, type TaggedBlock } from './recognize-names.ts';

/** The entities of a text and the outlet it credits as its source. */
export interface ExtractedEntities {
  entities: Entity[];
  /** An `Entity.id` of type MEDIA, or null. */
  source: string | null;
}

/**
 * The entity stage, in order: tag tokens → recognise names → group them into entities →
 * link descriptions, head nouns, pronouns and adjectives → find the credited source.
 * Mentions lie inside one block each, and nest or stay apart (never half-overlap).
 */
export function extractEntities(
  text: string,
  blocks: readonly Block[],
  morph: MorphAnalyzer,
): ExtractedEntities {
  const tagged: TaggedBlock[] = blocks.map((b) => ({
    start: b.start,
    end: b.end,
    tokens: tagTokens(text, b, morph),
  }));
  const known = knownIndex(morph);
  const drafts = groupMentions(recognizeNames(tagged, morph), known);
  linkDescriptions(tagged, drafts, known);
  linkOrgHeads(tagged, drafts);
  linkPronouns(tagged, drafts);
  linkAdjectives(tagged, drafts, known, morph);
  const source = findSource(tagged, drafts);
  const { entities, ids } = finish(drafts);
  return { entities, source: (source && ids.get(source)) ?? null };
}

/** Sorted, de-duplicated mentions that never half-overlap; entities in order of first mention, with ids. */
function finish(drafts: readonly DraftEntity[]): { entities: Entity[]; ids: Map<DraftEntity, string> } {
  const all = drafts
    .flatMap((d) => d.mentions.map((m) => ({ m, d })))
    .sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const kept = new Map<DraftEntity, Mention[]>();
  const open: Mention[] = [];
  let last: Mention | undefined;
  for (const { m, d } of all) {
    if (last && last.start === m.start && last.end === m.end) continue;
    while (open.length && (open[open.length - 1] as Mention).end <= m.start) open.pop();
    const outer = open[open.length - 1];
    if (outer && m.end > outer.end) continue; // would half-overlap
    open.push(m);
    last = m;
    const list = kept.get(d) ?? [];
    list.push({ start: m.start, end: m.end, kind: m.kind });
    kept.set(d, list);
  }
  const entities: Entity[] = [];
  const ids = new Map<DraftEntity, string>();
  const used = new Set<string>();
  for (const d of drafts) {
    const mentions = kept.get(d);
    if (!mentions?.length) continue;
    let id = entityId(d.type, d.name);
    for (let n = 2; used.has(id); n++) id = `${entityId(d.type, d.name)}-${n}`;
    used.add(id);
    ids.set(d, id);
    entities.push({ id, name: d.name, type: d.type, mentions });
  }
  entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return { entities, ids };
}
