/**
 * The security lint rules fail on a violation: each probe is linted with the project's own
 * biome.json and plugins (copied beside it into a scratch folder, since Biome skips files git
 * ignores), and must yield exactly the expected diagnostic — or none, where code is allowed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const biome = path.join(root, 'node_modules', '.bin', 'biome');

/** Code that must be refused where it stands, and why (a word of the diagnostic's category or message). */
const forbidden: { file: string; code: string; reason: RegExp }[] = [
  {
    file: 'src/features/a.tsx',
    code: 'export const A = ({ html }: { html: string }) => <p dangerouslySetInnerHTML={{ __html: html }} />;',
    reason: /noDangerouslySetInnerHtml/,
  },
  { file: 'src/features/b.ts', code: 'document.body.innerHTML = location.hash;', reason: /HTML sink/ },
  { file: 'src/app/c.ts', code: 'export const c = document.body.outerHTML;', reason: /HTML sink/ },
  {
    file: 'src/ui/d.ts',
    code: "document.body.insertAdjacentHTML('beforeend', location.hash);",
    reason: /HTML sink/,
  },
  { file: 'src/features/e.ts', code: 'eval(location.hash);', reason: /noGlobalEval/ },
  { file: 'src/features/f.ts', code: "export const f = new Function('return 1');", reason: /new Function/ },
  { file: 'src/features/g.ts', code: "setTimeout('alert(1)');", reason: /noImpliedEval/ },
  {
    file: 'src/features/search/h.ts',
    code: "export const h = new RegExp(new URLSearchParams(location.search).get('q') ?? '');",
    reason: /regex built at run time/,
  },
  {
    file: 'scripts/i.ts',
    code: "export const i = RegExp(process.argv[2] ?? '');",
    reason: /regex built at run time/,
  },
  { file: 'e2e/j.spec.ts', code: "document.write('<b>x</b>');", reason: /HTML sink/ },
  {
    file: 'e2e/unguarded.spec.ts',
    code: "import { test } from '@playwright/test';\ntest('x', () => {});",
    reason: /fixtures\/guard/,
  },
];

/** Code that must pass: the safe equivalents, and regexes inside the analysis core. */
const allowed: { file: string; code: string }[] = [
  { file: 'src/features/k.tsx', code: 'export const K = ({ text }: { text: string }) => <p>{text}</p>;' },
  { file: 'src/features/l.ts', code: 'document.body.textContent = location.hash;' },
  { file: 'src/features/m.ts', code: 'export const m = /^quote-[a-z0-9]+$/.test(location.hash.slice(1));' },
  { file: 'src/analysis/n.ts', code: "export const n = new RegExp(['сказал', 'заявил'].join('|'), 'u');" },
  {
    file: 'e2e/guarded.spec.ts',
    code: "import type { Page } from '@playwright/test';\nimport { test } from './fixtures/guard.ts';\ntest('x', async ({ page }: { page: Page }) => page.goto('/'));",
  },
];

let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'chitalka-lint-'));
  const config = JSON.parse(readFileSync(path.join(root, 'biome.json'), 'utf8')) as Record<string, unknown>;
  // The scratch folder is no git repository; everything else is the project's configuration.
  config.vcs = { enabled: false };
  config.$schema = undefined;
  writeFileSync(path.join(scratch, 'biome.json'), JSON.stringify(config));
  cpSync(path.join(root, 'scripts', 'lint'), path.join(scratch, 'scripts', 'lint'), {
    recursive: true,
    filter: (source) => !source.endsWith('.test.ts'),
  });
  for (const { file, code } of [...forbidden, ...allowed]) {
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
    writeFileSync(path.join(scratch, file), `${code}\n`);
  }
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string };
}

function lint(): Diagnostic[] {
  let output: string;
  try {
    output = execFileSync(biome, ['lint', '--reporter=json', '--max-diagnostics=none', '.'], {
      cwd: scratch,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // Biome exits non-zero when it finds errors, which is the point of most probes.
    output = (error as { stdout: string }).stdout;
  }
  return (JSON.parse(output) as { diagnostics: Diagnostic[] }).diagnostics;
}

describe('security lint rules', () => {
  it('refuse each forbidden construct and let the safe ones through', () => {
    // Style advice on the terse probes is noise here; the guard import rule is the one style rule that counts.
    const diagnostics = lint().filter(
      ({ category }) => !category.startsWith('lint/style') || category === 'lint/style/noRestrictedImports',
    );
    const at = (file: string) =>
      diagnostics
        .filter(({ location }) => location.path === file)
        .map(({ category, message }) => `${category}: ${message}`);
    for (const { file, reason } of forbidden) expect(at(file).join('\n'), file).toMatch(reason);
    for (const { file } of allowed) expect(at(file), file).toEqual([]);
  });
});
