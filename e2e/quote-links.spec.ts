/**
 * Deep links to quotes and sharing (issue 5), in a real Chromium against production
 * builds: the bundled article on E2E_PORT, and an edited variant of it (built here by
 * scripts/build-link-variant.ts) on E2E_PORT + 1000, as a reader would meet a link
 * shared before the article changed.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, Guard, test } from './fixtures/guard.ts';

// Fresh contexts and a second build are slow on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.E2E_PORT ?? 4173);
const variantPort = port + 1000;
const variantOrigin = `http://127.0.0.1:${variantPort}`;

/** Opens `url` in a fresh browser context (no history, no storage), guarded like every test page. */
async function openFresh(browser: Browser, url: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext(options);
  const guard = await Guard.attach(context);
  const page = await context.newPage();
  await page.goto(url);
  return { context, guard, page };
}

async function closeClean(context: BrowserContext, guard: Guard) {
  await guard.settle();
  await context.close();
  guard.assertClean();
}

/** Every quote's id and its permalink's href, from the page as a reader sees it. */
async function permalinks(page: Page) {
  await page.goto('/');
  const links = page.locator('a[data-quote-link]');
  await expect(links.first()).toHaveAttribute('href', /^http/);
  return links.evaluateAll((as) =>
    as.map((a) => {
      const quote = a.closest('p, h1')?.querySelector('[data-quote-id]');
      const id = new URL((a as HTMLAnchorElement).href).hash.match(/^#quote-([0-9a-z-]+)/)?.[1] ?? '';
      return { id, href: (a as HTMLAnchorElement).href, text: quote?.textContent ?? '' };
    }),
  );
}

/** Selects 40 characters of the nth paragraph, as a reader would, and copies the offered link. */
async function selectAndCopyLink(page: Page, nth: number) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const selected = await page
    .locator('article[lang="ru"] p')
    .nth(nth)
    .evaluate((p) => {
      // The first text run long enough for 40 characters: entity marks split a paragraph into many.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode() as Text;
      while (node && node.length < 50 && walker.nextNode()) node = walker.currentNode as Text;
      const range = document.createRange();
      const from = node.data.indexOf(' ') + 1;
      range.setStart(node, from);
      range.setEnd(node, Math.min(node.length, from + 40));
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return range.toString();
    });
  const action = page.locator('[data-selection-link] button', { hasText: 'Ссылка на фрагмент' });
  await expect(action).toBeVisible();
  await action.click();
  await expect(page.locator('[data-selection-link] [aria-live="polite"]')).toHaveText(
    'Ссылка на фрагмент скопирована.',
  );
  const url = await page.evaluate(() => navigator.clipboard.readText());
  return { selected, url };
}

/** The text of the linked-fragment highlight, or null when there is none. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('chitalka-fragment');
    return highlight ? [...highlight].map((r) => r.toString()).join('') : null;
  });

const activeQuote = (page: Page) => page.locator('[data-quote-id][data-active="true"]');
const status = (page: Page) => page.locator('[role="status"]').filter({ hasText: /\S/ });

test('every quote’s shared link opens that quote, active, centred and focused, in a fresh context', async ({
  page,
  browser,
}) => {
  const links = await permalinks(page);
  expect(links.length).toBeGreaterThanOrEqual(3);
  for (const { id, href } of links) {
    // The share URL: the quote's preview page, our fragment, then a Text Fragment directive.
    const url = new URL(href);
    expect(url.pathname).toBe(`/q/${id}/`);
    expect(url.hash.startsWith(`#quote-${id}&s=`)).toBe(true);
    expect(url.hash).toMatch(/^#quote-[0-9a-z-]+&s=[A-Za-z0-9_-]+:~:text=[^,]+(,[^,]+)?$/);
    const fresh = await openFresh(browser, href);
    const quote = fresh.page.locator(`[data-quote-id="${id}"]`);
    await expect(quote).toHaveAttribute('data-active', 'true');
    await expect(quote).toBeInViewport();
    await expect(activeQuote(fresh.page)).toHaveCount(1);
    expect(await fresh.page.evaluate(() => document.activeElement?.getAttribute('data-quote-id'))).toBe(id);
    await closeClean(fresh.context, fresh.guard);
  }
});

test('the plain #quote-ID form opens the quote too, and back and forward move between quotes', async ({
  page,
}) => {
  const links = await permalinks(page);
  const [a, b] = links;
  if (!a || !b) throw new Error('need two quotes');
  await page.goto(`/#quote-${a.id}`);
  await expect(page.locator(`[data-quote-id="${a.id}"]`)).toHaveAttribute('data-active', 'true');
  await page.goto(`/#quote-${b.id}`);
  await expect(page.locator(`[data-quote-id="${b.id}"]`)).toHaveAttribute('data-active', 'true');
  await expect(page.locator(`[data-quote-id="${b.id}"]`)).toBeInViewport();
  await page.goBack();
  await expect(page.locator(`[data-quote-id="${a.id}"]`)).toHaveAttribute('data-active', 'true');
  await expect(page.locator(`[data-quote-id="${a.id}"]`)).toBeInViewport();
  await page.goForward();
  await expect(page.locator(`[data-quote-id="${b.id}"]`)).toHaveAttribute('data-active', 'true');
  // A preview page whose fragment a chat app dropped still opens its quote.
  await page.goto(`/q/${a.id}/`);
  await expect(page.locator(`[data-quote-id="${a.id}"]`)).toHaveAttribute('data-active', 'true');
});

test('the link works while the article data is still loading', async ({ page }) => {
  const [a] = await permalinks(page);
  if (!a) throw new Error('no quote');
  // Without the prerendered page, the reader fetches the data first.
  await page.route('**/q/*/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<div id="root">.*<\/div>\n/, '<div id="root"></div>\n')
      .replace(/<link rel="preload" as="fetch"[^>]*>/, '');
    await route.fulfill({ response, body: html });
  });
  await page.route('**/data/article.json', async (route) => {
    await new Promise((done) => setTimeout(done, 600));
    await route.continue();
  });
  await page.goto(a.href);
  await expect(page.locator(`[data-quote-id="${a.id}"]`)).toHaveAttribute('data-active', 'true');
  await expect(page.locator(`[data-quote-id="${a.id}"]`)).toBeInViewport();
});

test.describe('hostile or broken fragments', () => {
  for (const hash of [
    '#quote-zzzzzzz',
    '#quote-<img src=x onerror=__chitalkaCanary()>',
    '#quote-%3Cimg%20src%3Dx%20onerror%3D__chitalkaCanary()%3E',
    '#quote-%E0%A4%A',
    '#fragment&s=<script>__chitalkaCanary()</script>',
    '#quote-abc&s=%%%',
  ]) {
    test(`${hash} gives a polite notice and runs nothing`, async ({ page }) => {
      await page.goto(`/${hash}`);
      await expect(status(page)).toContainText(/Цитата не найдена|Ссылка повреждена/);
      await expect(page.locator('article[lang="ru"] h1')).toBeVisible();
      await expect(activeQuote(page)).toHaveCount(0);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    });
  }
});

test.describe('sharing', () => {
  for (const width of [1280, 360]) {
    test(`copy link, Web Share and citations work at ${width} px`, async ({ page, context }, info) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      // Chromium on Linux has no share sheet: stand one in that records what it was given.
      await page.addInitScript(() => {
        const shared: unknown[] = [];
        Object.assign(window, { __shared: shared });
        Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data) });
      });
      await page.setViewportSize({ width, height: 800 });
      const [first] = await permalinks(page);
      if (!first) throw new Error('no quote');
      const share = page.locator('[data-quote-share] > button').first();
      await share.scrollIntoViewIfNeeded();
      await share.click();
      const panel = page.locator('[data-quote-share] [popover]:popover-open');
      await expect(panel).toBeVisible();
      await expect(panel).toBeInViewport({ ratio: 1 });
      await page.screenshot({ path: info.outputPath(`share-panel-${width}.png`) });

      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
      await panel.getByRole('button', { name: 'Копировать ссылку' }).click();
      await expect(panel.locator('[aria-live="polite"]')).toHaveText('Ссылка скопирована.');
      expect(await clipboard()).toBe(first.href);

      await panel.getByRole('button', { name: 'Копировать как цитату' }).click();
      await expect(panel.locator('[aria-live="polite"]')).toHaveText('Цитата скопирована.');
      const plain = await clipboard();
      expect(plain.startsWith('«')).toBe(true);
      expect(plain).toContain(`» — `);
      expect(plain.endsWith(first.href)).toBe(true);

      await panel.getByRole('button', { name: 'Копировать в Markdown' }).click();
      await expect(panel.locator('[aria-live="polite"]')).toHaveText('Цитата в Markdown скопирована.');
      expect(await clipboard()).toMatch(/^> «[\s\S]+»\n>\n> — .*\]\(http/);
      await page.screenshot({ path: info.outputPath(`share-copied-${width}.png`) });

      await panel.getByRole('button', { name: 'Поделиться…' }).click();
      const shared = await page.evaluate(
        () => (window as unknown as { __shared: { url: string }[] }).__shared,
      );
      expect(shared[0]?.url).toBe(first.href);

      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
    });
  }

  test('selecting words offers a link to exactly that fragment, which opens highlighted', async ({
    page,
    browser,
  }, info) => {
    const { selected, url } = await selectAndCopyLink(page, 3);
    await page.screenshot({ path: info.outputPath('selection-action.png') });
    expect(url).toMatch(/\/#fragment&s=[A-Za-z0-9_-]+:~:text=/);

    const fresh = await openFresh(browser, url);
    await expect.poll(() => highlighted(fresh.page)).toBe(selected.trim());
    const inView = await fresh.page.evaluate(() => {
      const [range] = [...(CSS.highlights.get('chitalka-fragment') ?? [])];
      const rect = range instanceof Range ? range.getBoundingClientRect() : null;
      return !!rect && rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await closeClean(fresh.context, fresh.guard);
  });
});

test.describe('link previews', () => {
  test.use({ javaScriptEnabled: false });

  test('each quote page has og and twitter meta, and shows the article, with JavaScript off', async ({
    page,
    request,
  }) => {
    const html = await (await request.get('/')).text();
    const ids = [...html.matchAll(/data-quote-id="([0-9a-z-]+)"/g)].map((m) => m[1] as string);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of new Set(ids)) {
      const response = await page.goto(`/q/${id}/`);
      expect(response?.status()).toBe(200);
      const quote = (await page.locator(`[data-quote-id="${id}"]`).first().textContent()) ?? '';
      const meta = (key: string) =>
        page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
      const firstWords = quote.split(/\s+/).slice(0, 3).join(' ');
      expect(await meta('og:title')).toContain(firstWords);
      expect(await meta('og:description')).toContain(firstWords);
      expect(await meta('twitter:card')).toBe('summary');
      await expect(page.locator('article[lang="ru"] h1')).toBeVisible();
    }
  });
});

test.describe('without our scripts', () => {
  test('a browser that opens the shared URL with JavaScript off still scrolls to the words (Text Fragment)', async ({
    page,
    browser,
  }) => {
    const links = await permalinks(page);
    const last = links.at(-1);
    if (!last) throw new Error('no quote');
    const fresh = await openFresh(browser, last.href, { javaScriptEnabled: false });
    await expect(fresh.page.locator(`[data-quote-id="${last.id}"]`)).toBeInViewport();
    await closeClean(fresh.context, fresh.guard);
    // The control: the same URL without the directive stays at the top, so the directive did it.
    const bare = await openFresh(browser, last.href.split(':~:')[0] as string, { javaScriptEnabled: false });
    await expect(bare.page.locator(`[data-quote-id="${last.id}"]`)).not.toBeInViewport();
    await closeClean(bare.context, bare.guard);
  });
});

test.describe('links shared before the article changed', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });

  let server: ChildProcess | null = null;
  let manifest: {
    edited: { id: string; removed: string; added: string };
    deleted: { id: string };
    unchanged: { id: string; text: string }[];
  };

  test.beforeAll(async () => {
    // A whole second production build: slow on a shared two-core machine.
    test.setTimeout(240_000);
    execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/build-link-variant.ts')], {
      cwd: root,
      stdio: 'pipe',
    });
    manifest = JSON.parse(readFileSync(path.join(root, 'build/variants/edited.json'), 'utf8'));
    server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/serve.ts'), '--no-build'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(variantPort),
        CHITALKA_DIST: path.join(root, 'build/variants/edited'),
      },
      stdio: 'ignore',
    });
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${variantOrigin}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((done) => setTimeout(done, 100));
    }
    throw new Error('the variant server did not start');
  });

  test.afterAll(() => {
    server?.kill();
  });

  /** The same link, opened on the edited site. */
  const onVariant = (href: string) => {
    const url = new URL(href);
    return `${variantOrigin}${url.pathname}${url.hash}`;
  };

  test('after an edit elsewhere, the link opens the same quote', async ({ page, browser }) => {
    const links = await permalinks(page);
    expect(manifest.unchanged.length).toBeGreaterThan(0);
    for (const { id, text } of manifest.unchanged) {
      const link = links.find((l) => l.id === id);
      if (!link) throw new Error(`no link for ${id}`);
      const fresh = await openFresh(browser, onVariant(link.href));
      const active = activeQuote(fresh.page);
      await expect(active).toHaveCount(1);
      await expect(active).toHaveText(text);
      await expect(active).toBeInViewport();
      await expect(status(fresh.page)).toHaveCount(0);
      await closeClean(fresh.context, fresh.guard);
    }
  });

  test('after the quote itself was edited, the link re-anchors and says the words changed', async ({
    page,
    browser,
  }, info) => {
    const link = (await permalinks(page)).find((l) => l.id === manifest.edited.id);
    if (!link) throw new Error('no link to the edited quote');
    const fresh = await openFresh(browser, onVariant(link.href));
    fresh.guard.allowConsoleError(/404/);
    const active = activeQuote(fresh.page);
    await expect(active).toHaveCount(1);
    await expect(active).toContainText(manifest.edited.added);
    await expect(active).toBeInViewport();
    const notice = status(fresh.page);
    await expect(notice).toContainText('Цитата изменилась');
    await expect(notice.locator('del')).toContainText(manifest.edited.removed);
    await expect(notice.locator('ins')).toContainText(manifest.edited.added);
    await fresh.page.screenshot({ path: info.outputPath('quote-changed.png') });
    await closeClean(fresh.context, fresh.guard);
  });

  test('a fragment link still opens its words after an edit elsewhere', async ({ page, browser }) => {
    const { selected, url } = await selectAndCopyLink(page, 1);
    const fresh = await openFresh(browser, onVariant(url));
    await expect.poll(() => highlighted(fresh.page)).toBe(selected.trim());
    await expect(status(fresh.page)).toHaveCount(0);
    await closeClean(fresh.context, fresh.guard);
  });

  test('a link to a deleted quote says it is not found and marks nothing', async ({ page, browser }) => {
    const link = (await permalinks(page)).find((l) => l.id === manifest.deleted.id);
    if (!link) throw new Error('no link to the deleted quote');
    const fresh = await openFresh(browser, onVariant(link.href));
    fresh.guard.allowConsoleError(/404/);
    await expect(status(fresh.page)).toContainText('Цитата не найдена — возможно, статья изменилась.');
    await expect(status(fresh.page).getByRole('link', { name: 'Показать статью целиком' })).toBeVisible();
    await expect(activeQuote(fresh.page)).toHaveCount(0);
    await closeClean(fresh.context, fresh.guard);
  });
});
