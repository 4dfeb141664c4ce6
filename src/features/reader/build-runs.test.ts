import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildRuns, type Run, type RunMark, type RunPoint } from './build-runs.ts';

const layers = ['quote', 'quoted', 'entity', 'highlight'];

/** Renders runs in bracket notation: `[key text]` for a mark piece, `^key` for a point. */
function show(text: string, runs: readonly Run<RunMark>[]): string {
  return runs
    .map((run) => {
      if (run.kind === 'text') return text.slice(run.start, run.end);
      if (run.kind === 'point') return `^${run.point.key}`;
      return `[${run.mark.key} ${show(text, run.children)}]`;
    })
    .join('');
}

/** Marks the first occurrence of `word` in `text` (after `from`). */
function mark(text: string, layer: string, key: string, word: string, from = 0): RunMark {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`${word} is not in ${text}`);
  return { layer, key, start, end: start + word.length };
}

const whole = (text: string) => ({ start: 0, end: text.length });

describe('buildRuns', () => {
  const text = '"Мы едины в вопросах", — сказал Президент РК Касым-Жомарт Токаев.';

  it('nests entity mentions inside the quote and leaves the rest plain', () => {
    const runs = buildRuns(
      whole(text),
      [
        mark(text, 'entity', 'tokaev', 'Президент РК Касым-Жомарт Токаев'),
        mark(text, 'quote', 'q1', 'Мы едины в вопросах'),
        mark(text, 'entity', 'we', 'Мы'),
      ],
      layers,
    );
    expect(show(text, runs)).toBe(
      '"[q1 [we Мы] едины в вопросах]", — сказал [tokaev Президент РК Касым-Жомарт Токаев].',
    );
  });

  it('keeps a nested mention of one entity inside another of a lower layer order', () => {
    const runs = buildRuns(
      whole(text),
      [mark(text, 'entity', 'tokaev', 'Президент РК Касым-Жомарт Токаев'), mark(text, 'entity', 'rk', 'РК')],
      layers,
    );
    expect(show(text, runs)).toBe(
      '"Мы едины в вопросах", — сказал [tokaev Президент [rk РК] Касым-Жомарт Токаев].',
    );
  });

  it('splits an inner mark where an outer one crosses it, never the outer one', () => {
    const runs = buildRuns(
      whole(text),
      [
        mark(text, 'highlight', 'hit', 'вопросах", — сказал'),
        mark(text, 'quote', 'q1', 'Мы едины в вопросах'),
      ],
      layers,
    );
    expect(show(text, runs)).toBe(
      '"[q1 Мы едины в [hit вопросах]][hit ", — сказал] Президент РК Касым-Жомарт Токаев.',
    );
  });

  it('puts a point inside exactly the marks that span it', () => {
    const runs = buildRuns(
      whole(text),
      [mark(text, 'quote', 'q1', 'Мы едины в вопросах'), mark(text, 'entity', 'we', 'Мы')],
      layers,
      [
        { at: 0, key: 'chip' },
        { at: text.indexOf('едины'), key: 'mid' },
        { at: text.indexOf('Мы'), key: 'open' },
      ],
    );
    expect(show(text, runs)).toBe(
      '^chip"^open[q1 [we Мы] ^midедины в вопросах]", — сказал Президент РК Касым-Жомарт Токаев.',
    );
  });

  it('clips marks to the block and drops empty marks and unknown layers', () => {
    const block = { start: text.indexOf('сказал'), end: text.indexOf(' Касым') };
    const runs = buildRuns(
      block,
      [
        mark(text, 'entity', 'tokaev', 'Президент РК Касым-Жомарт Токаев'),
        { layer: 'entity', key: 'empty', start: block.start + 2, end: block.start + 2 },
        mark(text, 'comment', 'c', 'сказал'),
      ],
      layers,
    );
    expect(show(text, runs)).toBe('сказал [tokaev Президент РК]');
  });
});

// Cyrillic letters, spaces, quote marks, dashes, an astral character and a combining accent.
const cyrillicText = fc
  .array(fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЖЯ  "«»—-,.\u0301'.split(''), '😀'), {
    minLength: 1,
    maxLength: 60,
  })
  .map((chars) => chars.join(''));

const arbitraryCase = cyrillicText.chain((text) => {
  const offset = fc.integer({ min: 0, max: text.length });
  const span = fc.tuple(offset, offset).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
  return fc.record({
    text: fc.constant(text),
    block: span,
    marks: fc
      .array(fc.tuple(span, fc.constantFrom(...layers, 'unknown')), { maxLength: 12 })
      .map((list) => list.map(([s, layer], i): RunMark => ({ ...s, layer, key: `m${i}` }))),
    points: fc
      .array(offset, { maxLength: 4 })
      .map((list) => list.map((at, i): RunPoint => ({ at, key: `p${i}` }))),
  });
});

interface Leaf {
  start: number;
  end: number;
  path: RunMark[];
}

function leaves(runs: readonly Run<RunMark>[], path: RunMark[] = [], out: (Leaf | RunPoint)[] = []) {
  for (const run of runs) {
    if (run.kind === 'text') out.push({ start: run.start, end: run.end, path });
    else if (run.kind === 'point') out.push(run.point);
    else leaves(run.children, [...path, run.mark], out);
  }
  return out;
}

function pieces(runs: readonly Run<RunMark>[], out = new Map<RunMark, { start: number; end: number }[]>()) {
  for (const run of runs) {
    if (run.kind !== 'mark') continue;
    out.set(run.mark, [...(out.get(run.mark) ?? []), { start: run.start, end: run.end }]);
    pieces(run.children, out);
  }
  return out;
}

describe('buildRuns invariants', () => {
  test.prop([arbitraryCase])(
    'text runs tile the block in order, without empty runs',
    ({ block, marks, points }) => {
      const runs = buildRuns(block, marks, layers, points);
      const texts = leaves(runs).filter((l): l is Leaf => 'path' in l);
      let at = block.start;
      for (const leaf of texts) {
        expect(leaf.start).toBe(at);
        expect(leaf.end).toBeGreaterThan(leaf.start);
        at = leaf.end;
      }
      expect(at).toBe(block.end);
    },
  );

  test.prop([arbitraryCase])(
    'each text run sits inside exactly the marks covering it, outer layers outside, once each',
    ({ block, marks, points }) => {
      const runs = buildRuns(block, marks, layers, points);
      for (const leaf of leaves(runs)) {
        if (!('path' in leaf)) continue;
        const expected = marks.filter(
          (m) => layers.includes(m.layer) && m.start <= leaf.start && m.end >= leaf.end && m.start < m.end,
        );
        expect(new Set(leaf.path)).toEqual(new Set(expected));
        expect(new Set(leaf.path).size).toBe(leaf.path.length);
        const ranks = leaf.path.map((m) => layers.indexOf(m.layer));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
    },
  );

  test.prop([arbitraryCase])('every point appears once, at its offset', ({ block, marks, points }) => {
    const runs = buildRuns(block, marks, layers, points);
    const inBlock = points.filter((p) => p.at >= block.start && p.at <= block.end);
    let at = block.start;
    const seen: RunPoint[] = [];
    for (const leaf of leaves(runs)) {
      if ('path' in leaf) at = leaf.end;
      else {
        expect(leaf.at).toBe(at);
        seen.push(leaf);
      }
    }
    expect(new Set(seen)).toEqual(new Set(inBlock));
    expect(seen.length).toBe(inBlock.length);
  });

  test.prop([arbitraryCase])(
    'a mark that no outer mark crosses is rendered as one element spanning all its text',
    ({ block, marks, points }) => {
      const runs = buildRuns(block, marks, layers, points);
      const byMark = pieces(runs);
      const clip = (m: RunMark) => ({
        start: Math.max(m.start, block.start),
        end: Math.min(m.end, block.end),
      });
      const live = marks.filter((m) => layers.includes(m.layer) && clip(m).start < clip(m).end);
      for (const m of live) {
        const a = clip(m);
        const rank = layers.indexOf(m.layer);
        const crossed = live.some((o) => {
          if (o === m || layers.indexOf(o.layer) > rank) return false;
          const b = clip(o);
          const overlaps = b.start < a.end && a.start < b.end;
          const contains = b.start <= a.start && b.end >= a.end;
          return overlaps && !contains;
        });
        const parts = byMark.get(m) ?? [];
        if (!crossed) expect(parts).toEqual([a]);
        else expect(parts.length).toBeGreaterThan(0);
      }
    },
  );
});
