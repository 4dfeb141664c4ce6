/**
 * The controls that need JavaScript (search, settings, filters, quote sharing) render once the app runs,
 * in places the prerendered page holds at their size: the article must not move when they
 * arrive. The app's script is held back so the page first paints without them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/guard.ts';

/** Loads the reader with the app's script delayed; the layout shift it scores once the controls are in. */
async function layoutShiftOfHydration(page: Page): Promise<number> {
  await page.addInitScript(() => {
    const scores = { total: 0 };
    Object.defineProperty(window, '__layoutShift', { value: scores });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        scores.total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  // Not until 'load': that waits for the app's script.
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.locator('article[lang="ru"] h1')).toBeVisible();
  // Painted before the app runs: the held places are there, the controls are not.
  await expect(page.locator('.search-box[data-pending]')).toHaveCount(1);
  await expect(page.locator('input[type="search"]')).toBeVisible();
  await expect(page.locator('.filters-panel summary')).toBeVisible();
  await expect(page.locator('.quote-share-button').first()).toBeVisible();
  // Layout shifts are reported after the frame that shows them.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  return page.evaluate(() => (window as unknown as { __layoutShift: { total: number } }).__layoutShift.total);
}

test('on a desktop, the article does not move when the controls arrive', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await layoutShiftOfHydration(page)).toBeLessThan(0.001);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the article does not move when the search row and menu arrive', async ({ page }) => {
    expect(await layoutShiftOfHydration(page)).toBeLessThan(0.001);
  });
});
