import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/guard.ts';

const paragraphs = (page: Page) => page.locator('article p');
const openIndex = (page: Page) => page.getByText('Кто и что упомянуто').click();

test('quotes only and by speaker combine, and one action clears them but keeps the search', async ({
  page,
}) => {
  await page.goto('/?quotes=1');
  const withQuotes = page.locator('article p:has([data-quote-id])');
  const quoted = await withQuotes.count();
  expect(quoted).toBeGreaterThan(0);
  await expect(paragraphs(page)).toHaveCount(quoted);
  await expect(page.locator('[data-hidden-blocks]').first()).toContainText(
    /\d+ абзац(а|ев)? скрыт(о)? · показать/,
  );

  const speaker = await page
    .locator('[data-quote-id][data-speaker-id]')
    .first()
    .getAttribute('data-speaker-id');
  await page.goto(`/?speaker=${speaker}&quotes=1&q=ШОС`);
  const bySpeaker = page.locator(`article p:has([data-speaker-id="${speaker}"])`);
  await expect(paragraphs(page)).toHaveCount(await bySpeaker.count());
  await page.locator('[data-clear-filters]').click();
  await expect.poll(() => new URL(page.url()).search).toBe(`?q=${encodeURIComponent('ШОС')}`);
  await expect(page.locator('[data-hidden-blocks]')).toHaveCount(0);
});

test('back and forward restore the filters', async ({ page }) => {
  await page.goto('/');
  const all = await paragraphs(page).count();
  await openIndex(page);
  await page.locator('[data-filter-quotes]').check();
  await expect(page).toHaveURL(/quotes=1/);
  const filtered = await paragraphs(page).count();
  expect(filtered).toBeLessThan(all);
  await page.goBack();
  await expect(paragraphs(page)).toHaveCount(all);
  await page.goForward();
  await expect(paragraphs(page)).toHaveCount(filtered);
});

test('unknown and malformed values fall back with a polite notice', async ({ page }) => {
  for (const query of [
    'entity=__proto__',
    'entity=constructor',
    'speaker=nobody',
    'quotes=yes',
    'type=ALIEN',
    'entity=%E0%A4%A',
  ]) {
    await page.goto(`/?${query}`);
    await expect(page.locator('article h1')).toBeVisible();
    await expect(page.locator('[data-hidden-blocks]')).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: /ссылк/ })).toBeVisible();
  }
});

test('the index lists what is mentioned, and choosing an entity filters to its paragraphs', async ({
  page,
}) => {
  await page.goto('/');
  const all = await paragraphs(page).count();
  await openIndex(page);
  const item = page.locator('[data-filter-entity]').filter({ hasText: 'Россия' }).first();
  await expect(item).toBeVisible();
  const id = await item.getAttribute('data-filter-entity');
  await item.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('entity')).toBe(id);
  const shown = await paragraphs(page).count();
  expect(shown).toBeLessThan(all);
  for (const p of await paragraphs(page).all()) {
    await expect(p.locator(`[data-entity-id="${id}"]`).first()).toBeVisible();
  }
  await expect(page.locator('[data-hidden-blocks]').first()).toContainText(
    /\d+ абзац(а|ев)? скрыт(о)? · показать/,
  );

  const a11y = await new AxeBuilder({ page }).analyze();
  expect(a11y.violations).toEqual([]);

  await page.locator('[data-hidden-blocks]').first().getByRole('button', { name: 'показать' }).click();
  expect(await paragraphs(page).count()).toBeGreaterThan(shown);
});

test('?type= marks only the chosen entity types, and combines with the other filters', async ({ page }) => {
  // The prerendered page marks every type; the filter applies once the app has hydrated.
  const markedTypes = () =>
    page
      .locator('article [data-entity-type]')
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-entity-type')))].sort());
  await page.goto('/?type=PER');
  await expect.poll(markedTypes).toEqual(['PER']);

  const speaker = await page
    .locator('[data-quote-id][data-speaker-id]')
    .first()
    .getAttribute('data-speaker-id');
  await page.goto(`/?quotes=1&type=LOC&speaker=${speaker}`);
  await expect.poll(markedTypes).toEqual(['LOC']);
  for (const p of await paragraphs(page).all())
    await expect(p.locator(`[data-speaker-id="${speaker}"]`).first()).toBeAttached();
});
