/**
 * Hostile article text through the whole reader (issue 6): an article nobody checked,
 * built by scripts/build-hostile-variant.ts and served on E2E_PORT + 1001. Markup shows as
 * text and never runs (the guard fails a test on a canary call, a CSP violation or a page
 * error), the documented normalisation is the only change to the text, and every quote and
 * entity mark holds exactly the slice of the text its offsets name, before and after
 * hydration. An empty article stops the build with one clear sentence.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { ArticleData } from '../src/article/article-data.ts';
import { displayText } from '../src/ui/display-text.ts';
import { expect, Guard, test } from './fixtures/guard.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://127.0.0.1:${port + 1001}`;

let server: ChildProcess | null = null;
let input = '';
let data: ArticleData;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build-hostile-variant.ts')], {
    cwd: root,
    stdio: 'pipe',
  });
  input = readFileSync(path.join(root, 'build/variants/hostile.txt'), 'utf8');
  server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/serve.ts'), '--no-build'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port + 1001),
      CHITALKA_DIST: path.join(root, 'build/variants/hostile'),
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    const response = await fetch(`${origin}/data/article.json`).catch(() => null);
    if (response?.ok) {
      data = (await response.json()) as ArticleData;
      return;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error('the hostile variant server did not start');
});

test.afterAll(() => {
  server?.kill();
});

test('the text is the input, normalised only as documented: BOM dropped, CRLF and CR to LF, NFC', () => {
  const { text } = data.analysis;
  expect(input.startsWith('\uFEFF') && input.includes('\r\n') && /\r(?!\n)/.test(input)).toBe(true);
  expect(input).not.toBe(input.normalize('NFC'));
  expect(text).toBe(
    input
      .replace(/^\uFEFF+/, '')
      .replace(/\r\n?/g, '\n')
      .normalize('NFC'),
  );
  // Everything else is kept, character for character: markup, references, invisible characters.
  for (const kept of [
    '<script>',
    '<img src=x onerror=',
    '&lt;b&gt;',
    '&amp;',
    '&#171;',
    '\u202E',
    '\u200B',
    '\0',
    '\u0001',
  ])
    expect(text).toContain(kept);
  // Real sentences around the hostile parts still give quotes with speakers, and entities.
  expect(data.analysis.quotes.some((q) => text.slice(q.start, q.end).includes('<img src=x'))).toBe(true);
  expect(data.analysis.quotes.filter((q) => q.speaker !== null).length).toBeGreaterThanOrEqual(2);
  expect(data.analysis.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Касым-Жомарт Токаев']));
});

/** Quote and entity marks as the page shows them: ids, offsets and text content. */
async function readMarks(page: Page) {
  return page.locator('article[lang="ru"]').evaluate((article) => ({
    quotes: [...article.querySelectorAll('[data-quote-id]')].map((el) => ({
      id: el.getAttribute('data-quote-id') ?? '',
      text: el.textContent ?? '',
    })),
    mentions: [...article.querySelectorAll('[data-entity-id][data-mention-start]')].map((el) => ({
      id: el.getAttribute('data-entity-id') ?? '',
      start: Number(el.getAttribute('data-mention-start')),
      text: el.textContent ?? '',
    })),
  }));
}

/** Every quote and every mention the data names is in the page, holding exactly its slice of the text. */
async function expectExactMarks(page: Page) {
  const { text, quotes, entities } = data.analysis;
  const marks = await readMarks(page);
  expect(marks.quotes.map((q) => q.id).sort()).toEqual(quotes.map((q) => q.id).sort());
  for (const quote of quotes)
    expect(marks.quotes.find((q) => q.id === quote.id)?.text, quote.id).toBe(
      text.slice(quote.start, quote.end),
    );
  // A mention split by a quote's edge is several elements: their texts join up to the slice.
  const shown = new Map<string, string>();
  for (const m of marks.mentions)
    shown.set(`${m.id}@${m.start}`, (shown.get(`${m.id}@${m.start}`) ?? '') + m.text);
  const expected = new Map(
    entities.flatMap((e) =>
      e.mentions.map((m) => [`${e.id}@${m.start}`, text.slice(m.start, m.end)] as const),
    ),
  );
  expect(shown.size).toBeGreaterThanOrEqual(4);
  expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(expected));
  // HTML cannot hold NUL (the parser drops it): the page shows U+FFFD in its place, so the
  // paragraph keeps its length and every offset after the NUL still lands on its character.
  const controls = data.analysis.paragraphs.find((b) => text.slice(b.start, b.end).startsWith('Служебные'));
  if (!controls) throw new Error('the hostile article has no paragraph of control characters');
  const slice = text.slice(controls.start, controls.end);
  expect(slice).toContain('\0');
  await expect(page.locator('article[lang="ru"] p', { hasText: 'Служебные символы' })).toHaveText(
    displayText(slice),
    { useInnerText: false },
  );
}

/** Markup from the text is text: no element came of it, and it reads literally. */
async function expectMarkupAsText(page: Page) {
  await expect(page.locator('article[lang="ru"] h1')).toContainText(
    'Токаев: <script>__chitalkaCanary("title")</script> ШОС &lt;b&gt;гарант&lt;/b&gt; безопасности',
  );
  await expect(page.locator('article[lang="ru"]')).toContainText(
    '<img src=x onerror=__chitalkaCanary("quote")>',
  );
  await expect(page.locator('img[src="x"], article script, article b')).toHaveCount(0);
  await expect(
    page.locator('script:not([src]):not([type="application/json"]):not([data-pre-paint])'),
  ).toHaveCount(0);
  // The page's own inline script is the build's pre-paint one, in <head>, and only it.
  await expect(page.locator('script[data-pre-paint]')).toHaveCount(1);
  await expect(page.locator('head > script[data-pre-paint]')).toHaveCount(1);
}

test('the prerendered page (JavaScript off) shows the markup as text and every mark exactly', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const guard = await Guard.attach(context);
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await expectMarkupAsText(page);
  await expectExactMarks(page);
  await guard.settle();
  await context.close();
  guard.assertClean();
});

test('hydrated, the same holds, nothing ran, and search finds words inside the hostile text', async ({
  page,
}) => {
  await page.goto(`${origin}/`);
  const box = page.getByRole('searchbox', { name: 'Поиск по статье' });
  const hits = page.locator('mark[data-search-hit]');
  // The tag's name is a word of the text like any other; NFD "и\u0306од" was stored as NFC "йод".
  const queries: [string, string][] = [
    ['script', 'script'],
    ['йод', 'йод'],
    ['обратный', 'обратный'],
  ];
  for (const [query, found] of queries) {
    await box.fill(query);
    await expect(hits.first()).toHaveText(found);
  }
  await box.fill('');
  await expect(hits).toHaveCount(0);
  await expectMarkupAsText(page);
  await expectExactMarks(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an empty or whitespace-only article stops the build with one clear sentence', async () => {
  const articles: [string, string][] = [
    ['empty', ''],
    ['blank', '\uFEFF \r\n\t\u200B\n \n'],
  ];
  // Both builds at once: each stops before loading the dictionary, so this stays quick.
  const results = await Promise.all(
    articles.map(([name, text]) => {
      const file = path.join(root, 'build/variants', `${name}.txt`);
      const dist = path.join(root, 'build/variants', name);
      writeFileSync(file, text);
      rmSync(dist, { recursive: true, force: true });
      return new Promise<{ name: string; file: string; dist: string; status: number | null; stderr: string }>(
        (done) => {
          const build = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build.ts')], {
            cwd: root,
            env: { ...process.env, CHITALKA_ARTICLE: file, CHITALKA_DIST: dist },
          });
          let stderr = '';
          build.stderr.on('data', (chunk: Buffer) => {
            stderr += chunk.toString();
          });
          build.on('close', (status) => done({ name, file, dist, status, stderr }));
        },
      );
    }),
  );
  for (const { name, file, dist, status, stderr } of results) {
    expect(status, name).toBe(1);
    expect(stderr, name).toContain(
      `${file}: the article has no text to show (it is empty, or only spaces and invisible characters); nothing was built.`,
    );
    expect(existsSync(path.join(dist, 'index.html')), name).toBe(false);
  }
});
