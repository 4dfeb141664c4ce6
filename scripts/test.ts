/**
 * `npm test`: every check CI runs, in order, stopping at the first failure:
 * lint, strict type-check, unit and property tests, the production build, its size
 * budget, and the e2e suite in a real Chromium against that build.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const tsx = (script: string) => [process.execPath, '--import', 'tsx', path.join(root, script)];

const steps: { name: string; command: string[] }[] = [
  { name: 'lint', command: [bin('biome'), 'ci', '.'] },
  { name: 'type-check', command: [bin('tsc'), '-b'] },
  { name: 'unit and property tests', command: [bin('vitest'), 'run'] },
  { name: 'production build', command: tsx('scripts/build.ts') },
  { name: 'size budget', command: tsx('node_modules/size-limit/bin.js') },
  { name: 'chromium', command: tsx('scripts/ensure-chromium.ts') },
  { name: 'e2e tests', command: [bin('playwright'), 'test'] },
];

let passed = 0;
const started = Date.now();
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  const [command, ...args] = step.command;
  const result = spawnSync(command as string, args, { stdio: 'inherit', cwd: root });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (${seconds} s)`);
    console.log(`checks: ${passed} passed, 1 failed`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${step.name} (${seconds} s)`);
  passed++;
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`checks: ${passed} passed, 0 failed`);
