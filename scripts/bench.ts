/**
 * `npm run bench`: performance figures, one line each, `name: value unit` (CONTRACT §5).
 * Progress goes to stderr, figures to stdout. Builds the site first when it is stale.
 * `npm run bench -- analysis bundle` runs only the named sections.
 * A benchmark reports; it never fails on timing.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { MorphAnalyzer } from '../src/analysis/morphology/morph-analyzer.ts';
import { benchAnalysis } from './bench/analysis.ts';
import { type BenchFigure, formatFigure } from './bench/bench-figure.ts';
import { benchBundle } from './bench/bundle.ts';
import { benchPageLoad } from './bench/page-load.ts';
import { benchSearch } from './bench/search.ts';
import { isBuildStale } from './lib/build-freshness.ts';
import { loadAzMorphology } from './lib/load-az-morphology.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');

/** Shared between sections: the dictionary is loaded (and timed) once. */
interface BenchContext {
  morph: () => Promise<MorphAnalyzer>;
}

/** The sections, in the order they run. Add a section here to add figures. */
const sections: { name: string; run: (context: BenchContext) => Promise<BenchFigure[]> }[] = [
  {
    name: 'analysis',
    run: async (context) => {
      const { figures, morph } = await benchAnalysis(root, loadAzMorphology);
      context.morph = async () => morph;
      return figures;
    },
  },
  { name: 'search', run: async (context) => benchSearch(await context.morph()) },
  { name: 'bundle', run: async () => benchBundle(dist) },
  // 30 runs: at 15, bench runs of one unchanged page scattered by up to 0.09x (docs/decisions/0002).
  { name: 'page-load', run: () => benchPageLoad(dist, Number(process.env.BENCH_RUNS ?? 30)) },
];

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = wanted.filter((name) => !sections.some((section) => section.name === name));
if (unknown.length > 0) {
  console.error(
    `unknown section(s): ${unknown.join(', ')}; known: ${sections.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}

if (isBuildStale(root)) {
  console.error('The build is stale: running npm run build first …');
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build.ts')], {
    stdio: ['ignore', 2, 2], // the build's log goes to stderr: stdout carries figures only
    cwd: root,
  });
}

const context: BenchContext = { morph: loadAzMorphology };
for (const section of sections) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  console.error(`▶ ${section.name}`);
  for (const figure of await section.run(context)) console.log(formatFigure(figure));
}
