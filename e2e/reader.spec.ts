import { expect, test } from './fixtures/guard.ts';

// Console errors (hydration mismatches are reported there), page errors and CSP
// violations fail every test through the guard fixture.
const title = 'Президент РК назвал ШОС гарантом обеспечения региональной безопасности';

test('the article reads as one article: meta line, title, lead and paragraphs', async ({ page }) => {
  await page.goto('/');
  const article = page.locator('article[lang="ru"]');
  await expect(article).toHaveCount(1);
  await expect(article.locator('h1')).toHaveText(title);
  await expect(article.locator('.article-meta')).toContainText('3–5 мин');
  await expect(article.locator('.article-rubric')).toHaveText('Новости');
  await expect(article.locator('p').first()).toHaveClass(/article-lead/);
  await expect(article.locator('p').first()).toContainText('Касым-Жомарт Токаев заявил');
  await expect(article.locator('p')).toHaveCount(10);
  await expect(article.locator('p').last()).toContainText('"Север-Юг" вступает в конкуренцию');
  // The reading column stays within a readable measure.
  const width = await article.evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeLessThan(760);
  await page.waitForLoadState('networkidle');
});

test('the reading progress bar follows the scroll', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('/');
  const progress = page.getByRole('progressbar', { name: 'Прочитано' });
  await expect(progress).toHaveAttribute('aria-valuenow', '0');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(progress).toHaveAttribute('aria-valuenow', '100');
});

test('theme and font size are remembered across a reload, without a hydration error', async ({ page }) => {
  await page.goto('/');
  const html = page.locator('html');
  const size = () =>
    page
      .locator('article p')
      .first()
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await page.getByRole('button', { name: 'Тёмная' }).click();
  await page.getByRole('button', { name: 'Увеличить шрифт' }).click();
  await page.getByRole('button', { name: 'Увеличить шрифт' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const bigger = await size();
  expect(bigger).toBeGreaterThan(before);

  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-font-step', '2');
  await expect(page.getByRole('button', { name: 'Тёмная' })).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeCloseTo(bigger, 1);
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(24, 24, 27)');

  await page.getByRole('button', { name: 'Сепия' }).click();
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'sepia');
  await page.waitForLoadState('networkidle');
});

test('a returning reader gets their theme and size at first paint, before the app runs', async ({ page }) => {
  await page.addInitScript(() => {
    // Only on the first load: the reader chose these on an earlier visit.
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('chitalka:preferences', JSON.stringify({ theme: 'dark', fontStep: 2 }));
    }
  });
  let releaseApp = () => {};
  const appHeld = new Promise<void>((resolve) => {
    releaseApp = resolve;
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await appHeld;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  const lead = page.locator('article p').first();
  await expect(lead).toBeVisible();
  // The app has not run: its controls are still held places.
  await expect(page.locator('.search-box[data-pending]')).toHaveCount(1);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-font-step', '2');
  await expect(html).toHaveCSS('background-color', 'rgb(24, 24, 27)');
  const firstPaintSize = await lead.evaluate((el) => getComputedStyle(el).fontSize);

  releaseApp();
  await expect(page.getByRole('button', { name: 'Тёмная' })).toHaveAttribute('aria-pressed', 'true');
  await expect(lead).toHaveCSS('font-size', firstPaintSize);
  await expect(html).toHaveCSS('background-color', 'rgb(24, 24, 27)');
});

test('a saved value the page cannot trust is ignored: the defaults show, nothing breaks', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('chitalka:preferences', '{"theme":"<img src=x onerror=alert(1)>","fontStep":1e9}'),
  );
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).not.toHaveAttribute('data-theme', /./);
  // An out-of-range size is clamped to the largest step, as the settings would.
  await expect(html).toHaveAttribute('data-font-step', '3');
  await expect(page.getByRole('button', { name: 'Как в системе' })).toHaveAttribute('aria-pressed', 'true');
});

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the theme follows the system until the reader chooses one', async ({ page }) => {
    await page.goto('/');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(24, 24, 27)');
    await expect(page.getByRole('button', { name: 'Как в системе' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Светлая' }).click();
    expect(await background()).toBe('rgb(255, 255, 255)');
  });
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('nothing scrolls sideways and the controls fold into one menu', async ({ page }) => {
    await page.goto('/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('button', { name: 'Тёмная' })).toBeHidden();
    const menu = page.getByRole('button', { name: 'Настройки' });
    await menu.tap();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('button', { name: 'Тёмная' }).tap();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Тёмная' })).toBeHidden();
    const after = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(after).toBeLessThanOrEqual(0);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the prerendered page shows the whole article', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('article[lang="ru"] h1')).toHaveText(title);
    await expect(page.locator('article p')).toHaveCount(10);
    await expect(page.locator('article')).toContainText('коридор "Север-Юг" вступает в конкуренцию');
  });

  test('offers no control that needs JavaScript, and keeps the permalinks and speakers', async ({ page }) => {
    await page.goto('/');
    // A share button here would open nothing: its panel comes with the app.
    await expect(page.locator('.quote-share-button')).toHaveCount(0);
    // Nor is its place held: no blank gap between the speaker and the quote.
    await expect(page.locator('.quote-share-slot')).toHaveCount(3);
    await expect(page.locator('.quote-share-slot').first()).toBeHidden();
    await expect(page.locator('.reading-progress')).toHaveCount(0);
    await expect(page.locator('[data-quote-link]')).toHaveCount(3);
    // The speaker is named, as text: the card a chip opens needs the app.
    await expect(page.locator('[data-speaker-chip]')).toHaveCount(3);
    await expect(page.locator('button[data-speaker-chip]')).toHaveCount(0);
    await expect(page.locator('[data-speaker-chip]').first()).toHaveText('Говорит Токаев');
  });
});

test('print hides the chrome and keeps the article', async ({ page }) => {
  // With a search open: its results and the filters are screen tools, not part of the article.
  await page.goto('/?q=Токаев');
  await expect(page.locator('.search-panel')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.reader-tools', '.quote-share-button', '.quote-link'])
    await expect(page.locator(chrome).first()).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
  await expect(page.locator('[data-speaker-chip]').first()).toBeVisible();
});
