import { expect, test } from './fixtures/guard.ts';

// The three speech quotes of the bundled article, by their opening words.
const quoteStarts = ['За более чем 20 лет', 'Хочу отметить, что позиции', 'Возлагаю большие надежды'];

test('the three speech quotes are marked, each with Токаев as its speaker', async ({ page }) => {
  await page.goto('/');
  const quotes = page.locator('article [data-quote-id]');
  await expect(quotes).toHaveCount(3);
  for (const [index, start] of quoteStarts.entries()) {
    const quote = quotes.nth(index);
    expect((await quote.textContent())?.startsWith(start)).toBe(true);
    const speaker = await quote.getAttribute('data-speaker-id');
    expect(speaker).toBeTruthy();
    const id = await quote.getAttribute('data-quote-id');
    const chip = page.locator(`[data-quote-chip="${id}"]`);
    await expect(chip.locator('.speaker-chip')).toContainText('Токаев');
    // The permalink is absolute, on this site, and names the quote in its fragment.
    const href = (await chip.locator('a[data-quote-link]').getAttribute('href')) ?? '';
    expect(href.startsWith(new URL('/', page.url()).href)).toBe(true);
    expect(href).toContain(`#quote-${id}`);
  }
  // Text content is exactly the quoted words: no marks, no chip text.
  const texts = await quotes.allTextContents();
  for (const text of texts) expect(text).not.toMatch(/^["«]|["»]$|Говорит/);
});

test('titles and terms in quote marks are not presented as speech', async ({ page }) => {
  await page.goto('/');
  const quoted = await page.locator('[data-quote-id]').allTextContents();
  for (const words of ['Известиям', 'шанхайского духа', 'шанхайскому духу', 'Север-Юг'])
    expect(quoted).not.toContain(words);
});

test('#quote-ID opens the quote: in view, active and focused, and follows hash changes', async ({ page }) => {
  await page.goto('/');
  const ids = await page
    .locator('article [data-quote-id]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-quote-id')));
  const last = ids.at(-1) as string;
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`/#quote-${last}`);
  const quote = page.locator(`[data-quote-id="${last}"]`);
  await expect(quote).toHaveAttribute('data-active', 'true');
  await expect(quote).toBeInViewport();
  await expect(quote).toBeFocused();
  await expect(page.locator('[data-active="true"]')).toHaveCount(1);

  const first = ids[0] as string;
  await page.evaluate((id) => {
    window.location.hash = `quote-${id}`;
  }, first);
  await expect(page.locator(`[data-quote-id="${first}"]`)).toHaveAttribute('data-active', 'true');
  await expect(page.locator(`[data-quote-id="${first}"]`)).toBeInViewport();
  await expect(quote).not.toHaveAttribute('data-active', 'true');
});

test('the permalink copies the absolute link and opens the quote', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const quote = page.locator('article [data-quote-id]').nth(1);
  const id = await quote.getAttribute('data-quote-id');
  const link = page.locator(`[data-quote-chip="${id}"] a[data-quote-link]`);
  await link.focus();
  await expect(link).toBeVisible();
  await link.press('Enter');
  await expect(quote).toHaveAttribute('data-active', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Ссылка на цитату скопирована' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await link.getAttribute('href'));
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the quotes are in the prerendered page, and #quote-ID still finds them', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('article [data-quote-id]')).toHaveCount(3);
    const id = await page.locator('article [data-quote-id]').last().getAttribute('data-quote-id');
    await page.goto(`/#quote-${id}`);
    await expect(page.locator(`[data-quote-id="${id}"]`)).toBeInViewport();
  });
});
