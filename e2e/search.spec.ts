import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/guard.ts';

const hits = (page: Page) => page.locator('mark[data-search-hit]');
// A snapshot of the marks: read it through expect.poll, since marks follow the query a frame later.
const hitTexts = (page: Page) => hits(page).allTextContents();
const box = (page: Page) => page.getByRole('searchbox', { name: 'Поиск по статье' });
const count = (page: Page) => page.locator('[data-search-count]');

/** Waits until the page has hydrated, the lexicon has loaded and the search settled. */
async function settled(page: Page) {
  await expect(page.locator('.search-status')).toBeVisible();
  await expect(page.locator('.search-status')).not.toHaveText(/Загружаем словарь/);
}

/** Presses a shortcut until the page (once hydrated) answers by focusing the search field. */
async function focusWith(page: Page, key: string) {
  await expect(async () => {
    await page.locator('body').press(key);
    await expect(box(page)).toBeFocused({ timeout: 500 });
  }).toPass();
}

test('a query in any case finds every form of the word, in the title and in quotes too', async ({ page }) => {
  await page.goto('/?q=Россия');
  await settled(page);
  await expect
    .poll(async () => (await hitTexts(page)).sort())
    .toEqual(['Россией', 'России', 'Россия', 'Россия']);
  await expect(count(page)).toHaveText('1 из 4');

  await page.goto('/?q=ШОС');
  await settled(page);
  await expect(page.locator('h1 mark[data-search-hit]')).toHaveText('ШОС');
  await expect(page.locator('[data-quote-id] mark[data-search-hit]').first()).toHaveText('ШОС');
});

test('typing after "/" searches by lemma and keeps the query in the URL', async ({ page }) => {
  await page.goto('/');
  await focusWith(page, '/');
  await page.keyboard.type('Токаева');
  await settled(page);
  await expect(hits(page).first()).toHaveText('Токаев');
  await expect.poll(async () => new Set(await hitTexts(page))).toEqual(new Set(['Токаев']));
  await expect(page).toHaveURL(/\?q=%D0%A2%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2%D0%B0/);

  await box(page).fill('сказать');
  await settled(page);
  await expect.poll(() => hitTexts(page)).toEqual(['сказал', 'сказал']);
});

test('Ctrl+K focuses the search field', async ({ page }) => {
  await page.goto('/');
  await focusWith(page, 'Control+k');
});

test('a phrase matches across inflections', async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent('шанхайский дух')}`);
  await settled(page);
  await expect.poll(() => hitTexts(page)).toEqual(['шанхайского духа', 'шанхайскому духу']);
});

test('ё and е are the same letter', async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent('еще')}`);
  await settled(page);
  await expect.poll(() => hitTexts(page)).toEqual(['ещё']);
  await page.goto(`/?q=${encodeURIComponent('партнерских')}`);
  await settled(page);
  await expect.poll(() => hitTexts(page)).toEqual(['партнёрских']);
});

test('related words join only when the switch is on', async ({ page }) => {
  await page.goto('/?q=Россия');
  await settled(page);
  await expect(hits(page)).toHaveCount(4);
  await page.getByLabel('родственные слова').check();
  await expect(hits(page)).toHaveCount(6);
  await expect.poll(() => hitTexts(page)).toContain('российским');
});

test('no hits: a polite status with a suggestion that searches', async ({ page }) => {
  await page.goto(`/?q=${encodeURIComponent('Тоаев')}`);
  await settled(page);
  await expect(hits(page)).toHaveCount(0);
  await expect(page.locator('.search-status[role="status"]')).toContainText('ничего не найдено');
  await page.locator('.search-suggestions').getByRole('button', { name: 'Токаев' }).click();
  await expect(box(page)).toHaveValue('Токаев');
  await expect(hits(page).first()).toHaveText('Токаев');
});

test('Enter and Shift+Enter move between hits, scrolled into view and marked current', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/?q=ШОС');
  await settled(page);
  await expect.poll(() => hits(page).count()).toBeGreaterThan(5);
  const total = await hits(page).count();
  const current = page.locator('mark[data-search-hit][data-current="true"]');
  await box(page).focus();
  await box(page).press('Enter');
  await expect(count(page)).toHaveText(`1 из ${total}`);
  await box(page).press('Enter');
  await expect(count(page)).toHaveText(`2 из ${total}`);
  await expect(current).toHaveAttribute('data-hit-index', '1');
  await box(page).press('Shift+Enter');
  await box(page).press('Shift+Enter');
  await expect(count(page)).toHaveText(`${total} из ${total}`);
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
  await expect(current).toHaveText('ШОС');
});

test('the results list groups hits by paragraph and jumps to the one clicked', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await page.goto('/?q=Казахстан');
  await settled(page);
  await page.getByText('Совпадения по абзацам').click();
  const results = page.locator('.search-result');
  await expect(results).toHaveCount(await hits(page).count());
  await results.last().click();
  const current = page.locator('mark[data-search-hit][data-current="true"]');
  await expect(current).toBeInViewport();
  await expect(count(page)).toHaveText(/^(\d+) из \1$/);
  const results2 = await new AxeBuilder({ page }).analyze();
  expect(results2.violations).toEqual([]);
});

/** Hostile queries, each with what a search for it must find: nothing, or the word inside it. */
const hostile: [query: string, found: string[]][] = [
  ['.*', []],
  ['(', []],
  ['\\', []],
  ['$&', []],
  ['%', []],
  ['\u0000\u200b', []],
  ['<img src=x onerror=__chitalkaCanary()>', []],
  ['<script>__chitalkaCanary()</script>', []],
  ['"><svg onload=__chitalkaCanary()>', []],
  ['a'.repeat(10_000), []],
  ['[Казахстан]', ['Казахстан', 'Казахстан', 'Казахстана', 'Казахстана', 'Казахстана', 'Казахстаном']],
];

test('hostile queries are searched as text and never break the page', async ({ page }) => {
  for (const [query, found] of hostile) {
    await page.goto(`/?q=${encodeURIComponent(query)}`);
    await settled(page);
    await expect(page.locator('article h1')).toBeVisible();
    await expect.poll(async () => (await hitTexts(page)).sort()).toEqual(found);
  }
  await page.goto('/?q=%E0%A4%A');
  await expect(page.locator('article h1')).toBeVisible();
  await page.goto(`/?q=${'я'.repeat(1000)}`);
  await settled(page);
  await expect(page.locator('.search-status')).toContainText('обрезан до 200');
  await page.goto('/');
  await box(page).fill('я'.repeat(10_000));
  expect((await box(page).inputValue()).length).toBeLessThanOrEqual(200);
});

test('a deep link with ?q= and filters opens both', async ({ page }) => {
  await page.goto('/?q=ШОС&quotes=1');
  await settled(page);
  const paragraphs = page.locator('article p');
  const withQuotes = page.locator('article p:has([data-quote-id])');
  await expect(paragraphs).toHaveCount(await withQuotes.count());
  for (const mark of await hits(page).all()) await expect(mark).toHaveText('ШОС');
  await expect(page.locator('[data-hidden-blocks]').first()).toBeVisible();
});
