/**
 * Lazy chunks that fail to load, as after a redeploy (the old hashed file answers 404) or on
 * a dropped connection: the search engine (loaded on the first query) and fuzzy link
 * re-finding (loaded for a link whose quote is not found by its id). Each failure gets its
 * own alert with a Retry that works; the article and the other controls keep working.
 * The full stylesheet, which the app applies before hydrating, fails quietly: the app
 * still starts.
 */
import type { Page, Route } from '@playwright/test';
import { createLinkSelector } from '../src/analysis/anchoring/create-link-selector.ts';
import { formatLinkHash } from '../src/analysis/anchoring/link-hash.ts';
import type { ArticleData } from '../src/article/article-data.ts';
import { expect, test } from './fixtures/guard.ts';

const title = 'Президент РК назвал ШОС гарантом обеспечения региональной безопасности';
const searchEngine = /\/assets\/search-engine-[\w-]+\.js$/;
const resolveLink = /\/assets\/resolve-link-[\w-]+\.js$/;

type Failure = (route: Route) => Promise<void>;
const notFound: Failure = (route) =>
  route.fulfill({ status: 404, contentType: 'text/html', body: 'Not found' });
const dropped: Failure = (route) => route.abort('connectionreset');

/** Fails every request for the chunk; returns how many came. */
async function failChunk(page: Page, chunk: RegExp, failure: Failure): Promise<() => number> {
  let requests = 0;
  await page.route(chunk, (route) => {
    requests++;
    return failure(route);
  });
  return () => requests;
}

const chunkAlert = (page: Page, name: string) => page.locator(`[role="alert"][data-chunk-failure="${name}"]`);
const hits = (page: Page) => page.locator('mark[data-search-hit]');

/** The article reads, and controls that need no chunk (settings, filters) work. */
async function expectPageUsable(page: Page) {
  await expect(page.locator('article[lang="ru"] h1')).toHaveText(title);
  await expect(page.locator('article[lang="ru"] p').first()).toBeVisible();
  const dark = page.getByRole('button', { name: 'Тёмная' });
  await dark.click();
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await page.locator('.filters-panel summary').click();
  const quotesOnly = page.locator('[data-filter-quotes]');
  await quotesOnly.check();
  await expect(page).toHaveURL(/[?&]quotes=1/);
  await quotesOnly.uncheck();
  await expect(page).not.toHaveURL(/[?&]quotes=1/);
}

test.beforeEach(({ guard }) => {
  // Every test here fails a chunk: the browser logs the failed file, and that is the failure under test.
  guard.allowConsoleError(/Failed to load resource/);
});

test.describe('the full stylesheet', () => {
  for (const [how, failure] of [
    ['answers 404', notFound],
    ['is dropped by the network', dropped],
  ] as const) {
    test(`${how}: the app still starts and the article keeps its look`, async ({ page }) => {
      await failChunk(page, /\/assets\/index-[\w-]+\.css$/, failure);
      await page.goto('/');
      await expectPageUsable(page);
      // The article's look is inline; only the controls' finish was in the file.
      await expect(page.locator('body')).toHaveCSS('margin-top', '0px');
      await expect(page.locator('[data-quote-id]').first()).not.toHaveCSS(
        'background-color',
        'rgba(0, 0, 0, 0)',
      );
    });
  }
});

test.describe('the search engine chunk', () => {
  for (const [how, failure] of [
    ['answers 404 (gone after a redeploy)', notFound],
    ['is dropped by the network', dropped],
  ] as const) {
    test(`${how}: an alert, the article still works, Retry imports it again`, async ({ page }) => {
      const requests = await failChunk(page, searchEngine, failure);
      await page.goto('/?q=Токаев');
      const alert = chunkAlert(page, 'search-engine');
      await expect(alert).toContainText('Не удалось загрузить часть читалки');
      await expect(alert).toContainText('Поиск по статье пока не работает.');
      await expect(alert).toContainText('Возможно, вышла новая версия сайта');
      // One automatic retry, then the alert; not a silent "nothing found".
      expect(requests()).toBe(2);
      await expect(page.locator('.search-status')).toHaveCount(0);
      await expectPageUsable(page);

      await page.unroute(searchEngine);
      await alert.getByRole('button', { name: 'Повторить' }).click();
      await expect(hits(page).first()).toHaveText('Токаев');
      await expect(page.locator('.search-status')).toContainText('Найдено');
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }

  test('still gone on Retry: the alert offers a reload that keeps the URL, and it works', async ({
    page,
  }) => {
    await failChunk(page, searchEngine, notFound);
    const url = '/?q=Токаев&type=PER';
    await page.goto(url);
    const alert = chunkAlert(page, 'search-engine');
    await alert.getByRole('button', { name: 'Повторить' }).click();
    await expect(alert).toContainText('Обновите страницу: ссылка и поиск сохранятся.');
    const reload = alert.getByRole('button', { name: 'Обновить страницу' });
    // The same button, still focused: a keyboard user presses again without hunting for it.
    await expect(reload).toBeFocused();
    // As after a redeploy: the page's new version has the chunk.
    await page.unroute(searchEngine);
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    expect(new URL(page.url()).search).toBe(new URL(url, 'http://x').search);
    await expect(hits(page).first()).toHaveText('Токаев');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('the link re-finding chunk', () => {
  /** A link to the first quote made when it had another id: only fuzzy re-finding opens it. */
  async function movedQuoteLink(page: Page) {
    const response = await page.request.get('/data/article.json');
    const { analysis } = (await response.json()) as ArticleData;
    const quote = analysis.quotes[0];
    if (!quote) throw new Error('the bundled article has no quote');
    const selector = createLinkSelector(analysis.text, quote, 'zz0ld1d');
    return { id: quote.id, href: `/#${formatLinkHash(selector)}` };
  }

  for (const [how, failure] of [
    ['answers 404', notFound],
    ['is dropped', dropped],
  ] as const) {
    test(`${how}: a load alert, not "quote not found"; search still works; Retry opens the quote`, async ({
      page,
    }) => {
      const link = await movedQuoteLink(page);
      await failChunk(page, resolveLink, failure);
      await page.goto(link.href);
      const alert = chunkAlert(page, 'resolve-link');
      await expect(alert).toContainText('Не удалось открыть цитату по ссылке.');
      await expect(page.locator('[data-link-notice]')).toHaveCount(0);
      await expect(page.locator('[data-active="true"]')).toHaveCount(0);
      await expectPageUsable(page);
      // Search is another chunk: it loads and finds.
      await page.getByRole('searchbox', { name: 'Поиск по статье' }).fill('ШОС');
      await expect(hits(page).first()).toHaveText('ШОС');

      await page.unroute(resolveLink);
      await alert.getByRole('button', { name: 'Повторить' }).click();
      await expect(page.locator(`[data-quote-id="${link.id}"]`)).toHaveAttribute('data-active', 'true');
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(page.url()).toContain('#quote-zz0ld1d');
    });
  }
});

test.describe('the selection-link chunk', () => {
  const selectionPanel = /\/assets\/selection-panel-[\w-]+\.js$/;
  const action = (page: Page) =>
    page.locator('[data-selection-link] button', { hasText: 'Ссылка на фрагмент' });
  /** Selects the first 30 characters of the lead, as a reader dragging over them would. */
  const selectLead = (page: Page) =>
    page
      .locator('article[lang="ru"] p')
      .first()
      .evaluate((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        const selection = document.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      });

  test('loads on the first selection; when it fails, an alert, and Retry brings the panel', async ({
    page,
  }) => {
    const requests = await failChunk(page, selectionPanel, notFound);
    await page.goto('/');
    await expect(page.locator('input[type="search"]')).toBeVisible();
    // Nothing is fetched until the reader selects something in the article.
    expect(requests()).toBe(0);
    await selectLead(page);
    const alert = chunkAlert(page, 'selection-link');
    await expect(alert).toContainText('Ссылка на выделенный фрагмент пока не работает.');
    expect(requests()).toBe(2);
    await expect(alert).toBeInViewport();
    await expectPageUsable(page);

    await page.unroute(selectionPanel);
    await alert.getByRole('button', { name: 'Повторить' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await selectLead(page);
    await expect(action(page)).toBeVisible();
  });
});

test.describe('the quote share chunk', () => {
  const sharePanel = /\/assets\/quote-share-panel-[\w-]+\.js$/;

  test('fetched once the app starts; when it fails, the popover says so, and Retry brings the actions', async ({
    page,
  }) => {
    const requests = await failChunk(page, sharePanel, notFound);
    await page.goto('/');
    const share = page.locator('.quote-share-button').first();
    await share.click();
    // Each quote's popover holds its own alert: the open one is read.
    const alert = chunkAlert(page, 'quote-share').filter({ visible: true });
    await expect(alert).toHaveCount(1);
    await expect(alert.getByRole('button', { name: 'Повторить' })).toBeFocused();
    await expect(alert).toContainText('Кнопки «Поделиться» пока не работают.');
    // One chunk for all three quotes, with its one automatic retry.
    expect(requests()).toBe(2);
    await expect(page.locator('[data-share-action]')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expectPageUsable(page);

    await page.unroute(sharePanel);
    await share.click();
    await alert.getByRole('button', { name: 'Повторить' }).click();
    const copyLink = page.locator('[data-share-action="copy-link"]').first();
    await expect(copyLink).toBeVisible();
    await expect(copyLink).toBeFocused();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
