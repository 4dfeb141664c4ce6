import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/guard.ts';

const paragraphs = (page: Page) => page.locator('article p');
const openIndex = (page: Page) => page.getByText('Кто и что упомянуто').click();

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
