import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/guard.ts';

/** The mention of Казахстан written "Казахстана" (the first one in the text). */
const kazakhstana = (page: Page) =>
  page.locator('[data-entity-type="LOC"]', { hasText: /^Казахстана$/ }).first();

/** The card a mention's aria-describedby points to. */
async function cardOf(page: Page, mention: Locator): Promise<Locator> {
  const id = await mention.getAttribute('aria-describedby');
  expect(id).toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

test('every mention is marked, typed, reachable by keyboard and described by its card', async ({ page }) => {
  await page.goto('/');
  const mentions = page.locator('article [data-entity-id]');
  expect(await mentions.count()).toBeGreaterThan(20);
  const bad = await mentions.evaluateAll(
    (els) =>
      els.filter((el) => {
        const card = document.getElementById(el.getAttribute('aria-describedby') ?? '');
        return (
          !el.getAttribute('data-entity-type') ||
          (el as HTMLElement).tabIndex < 0 ||
          !card ||
          card.getAttribute('role') !== 'tooltip'
        );
      }).length,
  );
  expect(bad).toBe(0);
  // Types are told apart by line style, not only by colour.
  const styles = await page.evaluate(() =>
    Object.fromEntries(
      ['PER', 'ORG', 'LOC', 'MEDIA'].map((type) => {
        const el = document.querySelector(`article [data-entity-type="${type}"]`);
        return [type, el ? getComputedStyle(el).textDecorationStyle : null];
      }),
    ),
  );
  expect(new Set(Object.values(styles)).size).toBe(4);
});

test('hovering a mention shows its card after a short rest, leaving hides it', async ({ page }) => {
  await page.goto('/');
  const mention = kazakhstana(page);
  const card = await cardOf(page, mention);
  await expect(card).toBeHidden();
  await mention.hover();
  await expect(card).toBeVisible();
  await expect(card).toContainText('Казахстан');
  await expect(card).toContainText('Место');
  await expect(card).toContainText(/\d+ упоминани[йяе] · формы: .*Казахстана/);
  // The card sits next to the word, never over it, and inside the screen.
  const word = await mention.boundingBox();
  const box = await card.locator('..').boundingBox();
  if (!word || !box) throw new Error('no boxes');
  const overlaps =
    box.x < word.x + word.width &&
    word.x < box.x + box.width &&
    box.y < word.y + word.height &&
    word.y < box.y + box.height;
  expect(overlaps).toBe(false);
  await page.mouse.move(5, 700);
  await expect(card).toBeHidden();
});

test('keyboard: Tab focuses a mention and shows its card, Escape closes it, Enter reaches the actions', async ({
  page,
}) => {
  await page.goto('/');
  const first = page.locator('article [data-entity-id]').first();
  await first.focus();
  const card = await cardOf(page, first);
  await expect(card).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(first).toBeFocused();

  await page.keyboard.press('Tab');
  const second = page.locator('article [data-entity-id]').nth(1);
  await expect(second).toBeFocused();
  const secondCard = await cardOf(page, second);
  await expect(secondCard).toBeVisible();
  await page.keyboard.press('Enter');
  const actions = secondCard.locator('..').getByRole('button', { name: 'все упоминания' });
  await expect(actions).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(secondCard).toBeHidden();
  await expect(second).toBeFocused();
});

test('"все упоминания" emphasises every mention of the entity, "следующее" moves to the next', async ({
  page,
}) => {
  await page.goto('/');
  const mention = kazakhstana(page);
  const entityId = (await mention.getAttribute('data-entity-id')) as string;
  const all = page.locator(`article [data-entity-id="${entityId}"]`);
  await mention.click();
  const panel = (await cardOf(page, mention)).locator('..');
  await panel.getByRole('button', { name: 'все упоминания' }).click();
  await expect(page.locator('article [data-emphasized="true"]')).toHaveCount(await all.count());
  await expect(panel.getByRole('button', { name: 'все упоминания' })).toHaveAttribute('aria-pressed', 'true');

  const before = await mention.getAttribute('data-mention-start');
  await panel.getByRole('button', { name: 'следующее' }).click();
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-entity-id', entityId);
  const after = await focused.getAttribute('data-mention-start');
  expect(Number(after)).toBeGreaterThan(Number(before));
  await expect(panel).toBeVisible();
  // The card moved with the focus; the pointer, left where the button was, must not close it.
  await page.mouse.move(1, 1);
  await page.waitForTimeout(600); // twice the hover grace period
  await expect(panel).toBeVisible();
});

test.describe('on a touch phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens the card with its actions, and it fits the screen', async ({ page }) => {
    await page.goto('/');
    const mention = page.locator('article [data-entity-type="ORG"]').nth(3);
    await mention.tap();
    const card = await cardOf(page, mention);
    await expect(card).toBeVisible();
    const box = await card.locator('..').boundingBox();
    if (!box) throw new Error('no box');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await expect(card.locator('..').getByRole('button', { name: 'следующее' })).toBeVisible();
    await page.locator('article h1').tap();
    await expect(card).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("the speaker chip opens the speaker's card", async ({ page }) => {
    await page.goto('/');
    // A button once the app runs (before, the chip is a label: its card needs the app).
    const chip = page.locator('button.speaker-chip').first();
    await chip.tap();
    const speaker = await page.locator('article [data-quote-id]').first().getAttribute('data-speaker-id');
    await expect(page.locator(`[data-entity-card="${speaker}"]`)).toBeVisible();
    await expect(page.locator(`[data-entity-card="${speaker}"]`)).toContainText('Персона');
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the entity marks are in the prerendered page', async ({ page }) => {
    await page.goto('/');
    expect(await page.locator('article [data-entity-id]').count()).toBeGreaterThan(20);
  });
});
