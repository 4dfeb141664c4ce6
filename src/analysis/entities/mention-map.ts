import type { TaggedToken } from '../morphology/tag-tokens.ts';
import type { Mention } from '../types.ts';
import type { DraftEntity } from './group-mentions.ts';

/** A mention together with the entity it belongs to. */
export interface OwnedMention {
  mention: Mention;
  entity: DraftEntity;
}

/** Which mentions start at a token and which tokens any mention covers, for one block. */
export interface MentionMap {
  /** The longest mention starting at this token, or undefined. */
  startingAt(tokenIndex: number): OwnedMention | undefined;
  /** True when some mention covers the token. */
  covered(tokenIndex: number): boolean;
}

/** Every mention of every entity, in text order (outer before inner). */
export function allMentions(entities: readonly DraftEntity[]): OwnedMention[] {
  const list: OwnedMention[] = [];
  for (const entity of entities) for (const mention of entity.mentions) list.push({ mention, entity });
  return list.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
}

/**
 * Maps mentions (sorted by start) onto a block's tokens in one linear sweep, so rules
 * can ask "does a name start here?" without scanning every mention.
 */
export function mapMentions(tokens: readonly TaggedToken[], sorted: readonly OwnedMention[]): MentionMap {
  const starting = new Map<number, OwnedMention>();
  const covered = new Uint8Array(tokens.length);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return { startingAt: () => undefined, covered: () => false };
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.mention.start ?? 0) < first.start) lo = mid + 1;
    else hi = mid;
  }
  let t = 0;
  for (let k = lo; k < sorted.length; k++) {
    const owned = sorted[k] as OwnedMention;
    if (owned.mention.start >= last.end) break;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < owned.mention.start) t++;
    if (t < tokens.length && tokens[t]?.start === owned.mention.start && !starting.has(t))
      starting.set(t, owned);
    for (let u = t; u < tokens.length && (tokens[u]?.start ?? 0) < owned.mention.end; u++) covered[u] = 1;
  }
  return { startingAt: (i) => starting.get(i), covered: (i) => covered[i] === 1 };
}
