import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/guard.ts';

async function violations(page: Page) {
  // A theme switch fades the quote backgrounds (0.6 s): axe must see the colours the reader
  // is left with, not a frame of the fade, or contrast fails at random.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))));
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'sepia', 'dark'] as const) {
  test(`axe finds nothing in the ${theme} theme`, async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('button', { name: { light: 'Светлая', sepia: 'Сепия', dark: 'Тёмная' }[theme] })
      .click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.mouse.move(0, 0);
    expect(await violations(page)).toEqual([]);
  });
}

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('axe finds nothing with an entity card open', async ({ page }) => {
    await page.goto('/');
    const mention = page.locator('article [data-entity-id]').nth(2);
    await mention.click();
    await expect(page.locator(`[id="${await mention.getAttribute('aria-describedby')}"]`)).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

  test('axe finds nothing with the menu open', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Настройки' }).tap();
    expect(await violations(page)).toEqual([]);
  });
});

test('the keyboard reaches the controls, the article and the quote links in order', async ({ page }) => {
  await page.goto('/');
  // The controls exist once the app has hydrated; tabbing earlier walks the prerendered article.
  await expect(page.getByLabel('Поиск по статье')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'К статье' })).toBeFocused();
  const stops: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return (el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
      }),
    );
  }
  expect(stops.slice(0, 4)).toEqual([
    'Поиск по статье',
    'родственные слова',
    'Уменьшить шрифт',
    'Увеличить шрифт',
  ]);
  expect(stops).toContain('Тёмная');
});
