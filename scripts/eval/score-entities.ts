/**
 * Scores the entity engine on `../shared/eval/ner_dev.jsonl` by the protocol in its
 * README: only `name`/`abbrev` mentions count; MEDIA counts as ORG; a prediction matches
 * a gold mention of its type when it overlaps the gold core and stays inside the full
 * extent; embedded and ownName:false gold mentions are optional. Prints `name: value`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractEntities } from '../../src/analysis/entities/extract-entities.ts';
import type { MorphAnalyzer } from '../../src/analysis/morphology/morph-analyzer.ts';
import { segmentBlocks } from '../../src/analysis/text/segment-blocks.ts';
import type { Entity } from '../../src/analysis/types.ts';
import { loadAzMorphology } from '../lib/load-az-morphology.ts';

interface GoldMention {
  start: number;
  end: number;
  fullStart: number;
  fullEnd: number;
  type: string;
  text: string;
  entityId: string;
  embedded: boolean;
  ownName: boolean;
}

interface GoldDoc {
  id: string;
  text: string;
  entities: GoldMention[];
}

interface Predicted {
  start: number;
  end: number;
  type: string;
  entity: string;
}

/** Counts for one type: true positives, predictions and required gold mentions. */
interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

const types = ['PER', 'LOC', 'ORG'] as const;

function countsFor(score: EntityScore, type: string): Counts {
  let c = score.counts[type];
  if (!c) {
    c = { tp: 0, predicted: 0, gold: 0 };
    score.counts[type] = c;
  }
  return c;
}

/** What a scored run found: per-type counts, pair counts and the misses for reporting. */
export interface EntityScore {
  counts: Record<string, Counts>;
  pairs: { tp: number; predicted: number; gold: number };
  errors: { doc: string; kind: 'fp' | 'fn'; type: string; text: string; context: string }[];
}

/** Scores predictions for one document against its gold mentions, adding to `score`. */
export function scoreDocument(doc: GoldDoc, entities: readonly Entity[], score: EntityScore): void {
  const predicted: Predicted[] = [];
  for (const e of entities) {
    const type = e.type === 'MEDIA' ? 'ORG' : e.type;
    if (!types.includes(type as (typeof types)[number])) continue;
    for (const m of e.mentions) {
      if (m.kind === 'name' || m.kind === 'abbrev')
        predicted.push({ start: m.start, end: m.end, type, entity: e.id });
    }
  }
  const gold = doc.entities.map((g) => ({ ...g, type: g.type === 'MEDIA' ? 'ORG' : g.type }));
  const matches = (p: Predicted, g: GoldMention) =>
    p.type === g.type && p.start < g.end && p.end > g.start && p.start >= g.fullStart && p.end <= g.fullEnd;
  const required = gold.filter((g) => !g.embedded && g.ownName !== false);
  const usedGold = new Set<GoldMention>();
  const matchedPairs: { gold: GoldMention; pred: Predicted }[] = [];
  // One-to-one: required gold first, then optional gold absorbs predictions without reward.
  for (const p of predicted) {
    const c = countsFor(score, p.type);
    const g = required.find((r) => !usedGold.has(r) && matches(p, r));
    if (g) {
      usedGold.add(g);
      c.tp++;
      c.predicted++;
      matchedPairs.push({ gold: g, pred: p });
      continue;
    }
    const optional = gold.find((o) => (o.embedded || o.ownName === false) && matches(p, o));
    if (optional) continue;
    c.predicted++;
    score.errors.push({
      doc: doc.id,
      kind: 'fp',
      type: p.type,
      text: doc.text.slice(p.start, p.end),
      context: around(doc.text, p),
    });
  }
  for (const g of required) {
    const c = countsFor(score, g.type);
    c.gold++;
    if (!usedGold.has(g)) {
      score.errors.push({
        doc: doc.id,
        kind: 'fn',
        type: g.type,
        text: g.text,
        context: around(doc.text, g),
      });
    }
  }
  for (let i = 0; i < matchedPairs.length; i++) {
    for (let j = i + 1; j < matchedPairs.length; j++) {
      const a = matchedPairs[i];
      const b = matchedPairs[j];
      if (!a || !b) continue;
      const sameGold = a.gold.entityId === b.gold.entityId;
      const samePred = a.pred.entity === b.pred.entity;
      if (sameGold && samePred) score.pairs.tp++;
      if (samePred) score.pairs.predicted++;
      if (sameGold) score.pairs.gold++;
    }
  }
}

function around(text: string, span: { start: number; end: number }): string {
  return `${text.slice(Math.max(0, span.start - 40), span.start)}[${text.slice(span.start, span.end)}]${text.slice(span.end, span.end + 40)}`.replace(
    /\n/g,
    ' ',
  );
}

function f1(tp: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Runs the engine over every document of the dev split and returns the scores. */
export function scoreEntities(docs: readonly GoldDoc[], morph: MorphAnalyzer): EntityScore {
  const score: EntityScore = { counts: {}, pairs: { tp: 0, predicted: 0, gold: 0 }, errors: [] };
  for (const doc of docs) {
    const { entities } = extractEntities(doc.text, segmentBlocks(doc.text), morph);
    scoreDocument(doc, entities, score);
  }
  return score;
}

/** The `name: value` lines `npm run eval` prints for entities. */
export function formatEntityScore(score: EntityScore): string[] {
  const lines: string[] = [];
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const type of types) {
    const c = score.counts[type] ?? { tp: 0, predicted: 0, gold: 0 };
    const { p, r, f } = f1(c.tp, c.predicted, c.gold);
    lines.push(
      `ner ${type} precision: ${p.toFixed(3)}`,
      `ner ${type} recall: ${r.toFixed(3)}`,
      `ner ${type} f1: ${f.toFixed(3)}`,
    );
    tp += c.tp;
    predicted += c.predicted;
    gold += c.gold;
  }
  const micro = f1(tp, predicted, gold);
  lines.push(
    `ner micro precision: ${micro.p.toFixed(3)}`,
    `ner micro recall: ${micro.r.toFixed(3)}`,
    `ner micro f1: ${micro.f.toFixed(3)}`,
  );
  const pairs = f1(score.pairs.tp, score.pairs.predicted, score.pairs.gold);
  lines.push(
    `normalisation pair precision: ${pairs.p.toFixed(3)}`,
    `normalisation pair recall: ${pairs.r.toFixed(3)}`,
    `normalisation pair f1: ${pairs.f.toFixed(3)}`,
  );
  return lines;
}

/** `EVAL_DIR`, else `../shared/eval` beside the repository (or beside its worktree folder). */
export function evalDir(): string {
  if (process.env.EVAL_DIR) return process.env.EVAL_DIR;
  const root = path.resolve(import.meta.dirname, '../..');
  const candidates = [path.resolve(root, '../shared/eval'), path.resolve(root, '../../shared/eval')];
  return candidates.find((dir) => existsSync(path.join(dir, 'ner_dev.jsonl'))) ?? (candidates[0] as string);
}

/** Reads the dev split's NER documents. */
export function readNerDocs(dir = evalDir()): GoldDoc[] {
  return readFileSync(path.join(dir, 'ner_dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldDoc);
}

/** Scores entities and prints the figures; with `--errors` also the misses, one per line. */
export async function runEntityEval(options: { errors?: boolean } = {}): Promise<void> {
  const morph = await loadAzMorphology();
  const docs = readNerDocs();
  const t0 = performance.now();
  const score = scoreEntities(docs, morph);
  const seconds = (performance.now() - t0) / 1000;
  for (const line of formatEntityScore(score)) console.log(line);
  console.log(`ner documents: ${docs.length}`);
  console.log(`ner seconds: ${seconds.toFixed(2)}`);
  if (options.errors) {
    for (const e of score.errors) console.log(`${e.kind} ${e.type} ${e.doc}: ${e.text} | ${e.context}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await runEntityEval({ errors: process.argv.includes('--errors') });
}
