import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures/guard.ts';

// The prerendered page does not carry the article's data: it preloads `/data/article.json`
// and hydrates once it has it. Most tests here take the prerendered markup and the preload
// out of the page, so the app itself fetches the data and shows its own states; the last
// ones keep the page and fail its data, which must leave the static article readable.
const title = 'Президент РК назвал ШОС гарантом обеспечения региональной безопасности';
const preloadPattern = /<link rel="preload" as="fetch" href="\/data\/article\.json" crossorigin>/;
const rootPattern = /<div id="root">.*<\/div>\n/;

/** Serves the page with an empty root and no preload: whatever it shows comes from the app's fetch. */
async function withoutPrerender(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/',
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      expect(html, 'the built page preloads its data').toMatch(preloadPattern);
      expect(html, 'the built page carries prerendered markup').toMatch(rootPattern);
      const body = html.replace(preloadPattern, '').replace(rootPattern, '<div id="root"></div>\n');
      await route.fulfill({ response, body });
    },
  );
}

type DataHandler = (route: Route, attempt: number) => Promise<void>;

/** Answers every request for the article data with `handler`; returns how many came. */
async function routeData(page: Page, handler: DataHandler): Promise<() => number> {
  let attempts = 0;
  await page.route('**/data/article.json', (route) => handler(route, ++attempts));
  return () => attempts;
}

const realData: DataHandler = (route) => route.fallback();

async function expectArticle(page: Page): Promise<void> {
  await expect(page.locator('article[lang="ru"] h1')).toHaveText(title);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

/** The header's settings still work while the article is missing. */
async function expectHeaderUsable(page: Page): Promise<void> {
  await expect(page.locator('.site-name')).toHaveText('Читалка');
  const dark = page.getByRole('button', { name: 'Тёмная' });
  await dark.click();
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
}

test.describe('when the article data cannot be loaded', () => {
  test.beforeEach(async ({ page, guard }) => {
    await withoutPrerender(page);
    // The browser reports a failed resource load on the console; that is expected here.
    guard.allowConsoleError(/Failed to load resource/);
  });

  test('a 404 says the article is not found, is not retried, and Retry loads it', async ({ page }) => {
    let handler: DataHandler = (route) => route.fulfill({ status: 404, body: 'Not found' });
    const attempts = await routeData(page, (route, n) => handler(route, n));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Статья не найдена');
    await expect(alert).toContainText('ошибка 404');
    expect(attempts()).toBe(1);
    await expectHeaderUsable(page);
    handler = realData;
    await alert.getByRole('button', { name: 'Повторить' }).click();
    await expectArticle(page);
  });

  test('a 500 is retried twice, quickly, then explained; Retry recovers', async ({ page }) => {
    let handler: DataHandler = (route) => route.fulfill({ status: 500, body: 'Internal Server Error' });
    const attempts = await routeData(page, (route, n) => handler(route, n));
    const started = Date.now();
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Сервер не смог отдать статью');
    expect(attempts()).toBe(3);
    // Bounded: two retries half a second apart, not TanStack's default ~7 s of backoff.
    expect(Date.now() - started).toBeLessThan(5000);
    handler = realData;
    await alert.getByRole('button', { name: 'Повторить' }).click();
    await expectArticle(page);
  });

  test('a 500 that clears on the automatic retry never shows an error', async ({ page }) => {
    const attempts = await routeData(page, (route, n) =>
      n === 1 ? route.fulfill({ status: 503, body: 'Service Unavailable' }) : route.fallback(),
    );
    await page.goto('/');
    await expectArticle(page);
    expect(attempts()).toBe(2);
  });

  test('truncated JSON says the data came incomplete', async ({ page }) => {
    let handler: DataHandler = async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
    };
    await routeData(page, (route, n) => handler(route, n));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Данные статьи пришли не полностью');
    handler = realData;
    await alert.getByRole('button', { name: 'Повторить' }).click();
    await expectArticle(page);
  });

  test('an HTML page instead of JSON (a proxy login page, an SPA fallback) is named as such', async ({
    page,
  }) => {
    const attempts = await routeData(page, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Вход</title><img src=x onerror=__chitalkaCanary()>',
      }),
    );
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('Сервер прислал не те данные');
    expect(attempts()).toBe(1);
    await expect(page.locator('img')).toHaveCount(0);
  });

  test('valid JSON of the wrong shape is refused, not rendered', async ({ page }) => {
    await routeData(page, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          analysis: { text: 'Привет', paragraphs: [{ start: 0, end: 999, kind: 'title' }] },
        }),
      }),
    );
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('Данные статьи в неожиданном формате');
    await expect(page.locator('article')).toHaveCount(0);
  });

  test('a stall says it is slow after 3 s, gives up after 15 s, and Retry loads it', async ({ page }) => {
    await page.clock.install();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let handler: DataHandler = async (route) => {
      await held;
      await route.abort().catch(() => undefined);
    };
    const attempts = await routeData(page, (route, n) => handler(route, n));
    await page.goto('/');
    const status = page.locator('.load-status[role="status"]');
    await expect(status).toHaveText('Загружаем статью…');
    await expect.poll(attempts).toBe(1);
    await page.clock.runFor(3_100);
    await expect(status).toHaveText('Загрузка занимает больше обычного…');
    await page.clock.runFor(12_000);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Сервер не ответил вовремя');
    expect(attempts()).toBe(1);
    release();
    handler = realData;
    await alert.getByRole('button', { name: 'Повторить' }).click();
    await expectArticle(page);
  });

  test('offline says so instead of spinning, and loads by itself when the connection returns', async ({
    page,
    context,
  }) => {
    let reached: () => void = () => undefined;
    const requested = new Promise<void>((resolve) => {
      reached = resolve;
    });
    let release: () => void = () => undefined;
    const wentOffline = new Promise<void>((resolve) => {
      release = resolve;
    });
    let handler: DataHandler = async (route) => {
      reached();
      await wentOffline;
      await route.abort('internetdisconnected');
    };
    await routeData(page, (route, n) => handler(route, n));
    await page.goto('/');
    await requested;
    await context.setOffline(true);
    release();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Нет подключения к интернету');
    await expectHeaderUsable(page);
    handler = realData;
    await context.setOffline(false);
    await expectArticle(page);
  });
});

test('the prerendered page preloads its data once and hydrates from it', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && /preload/i.test(message.text())) warnings.push(message.text());
  });
  const attempts = await routeData(page, realData);
  await page.goto('/');
  await expectHeaderUsable(page);
  await expectArticle(page);
  // The app's fetch takes the preloaded response: one request, and no "preloaded but not used".
  await page.waitForTimeout(3500);
  expect(attempts()).toBe(1);
  expect(warnings).toEqual([]);
});

test.describe('when the prerendered page cannot get its data', () => {
  test.beforeEach(({ guard }) => {
    guard.allowConsoleError(/Failed to load resource/);
  });

  test('the article stays readable, a notice says what is missing, and Retry hydrates it', async ({
    page,
  }) => {
    let handler: DataHandler = (route) => route.fulfill({ status: 500, body: 'Internal Server Error' });
    await routeData(page, (route, n) => handler(route, n));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Поиск, фильтры и карточки не загрузились');
    await expect(alert).toContainText('сервер не смог отдать статью');
    await expect(alert).toHaveAttribute('data-load-failure', 'server');
    // Nothing of the page is lost: the article, its quotes and marks are the prerendered ones.
    await expect(page.locator('article[lang="ru"] h1')).toHaveText(title);
    await expect(page.locator('[data-quote-id]')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'Тёмная' })).toHaveCount(0);
    handler = realData;
    await alert.getByRole('button', { name: 'Повторить' }).click();
    await expect(alert).toHaveCount(0);
    await expectHeaderUsable(page);
    await expectArticle(page);
  });

  test('data of the wrong shape is refused and named; the static article stays', async ({ page }) => {
    await routeData(page, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ analysis: { text: '<img src=x onerror=__chitalkaCanary()>' } }),
      }),
    );
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('данные статьи в неожиданном формате');
    await expect(page.locator('article[lang="ru"] h1')).toHaveText(title);
    await expect(page.locator('img')).toHaveCount(0);
  });
});

test('article data with no text (empty or only whitespace) gets a polite notice, not a blank page', async ({
  page,
}) => {
  // The build refuses such an article (e2e/hostile-article.spec.ts); data from elsewhere may still be empty.
  for (const text of ['', ' \n\t\n ']) {
    await page.unrouteAll();
    await withoutPrerender(page);
    await routeData(page, (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          analysis: { text, paragraphs: [], quotes: [], quoted: [], entities: [], source: null },
          facts: {},
        }),
      }),
    );
    await page.goto('/');
    await expect(page.locator('[role="status"][data-empty-article]')).toHaveText('В этой статье нет текста.');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectHeaderUsable(page);
  }
});

test.describe('a render error inside the article', () => {
  // The reader rendered every malformed-but-valid analysis we served it (half-overlapping
  // and duplicate quotes, spans across blocks, `__proto__` ids) without an error, so the
  // fault is injected: any slice of a text holding the marker throws, as a bug would. The
  // header never slices the article's text; the article renders it run by run.
  const marker = 'СБОЙ-ОТРИСОВКИ';

  test('is caught by the boundary: an alert with Retry, while the header keeps working', async ({
    page,
    guard,
  }) => {
    guard.allowConsoleError(/СБОЙ-ОТРИСОВКИ|The above error occurred|article/);
    await page.addInitScript((sentinel) => {
      const slice = String.prototype.slice;
      const flags = window as unknown as { __renderFault: boolean };
      flags.__renderFault = true;
      String.prototype.slice = function (this: string, ...args: [number?, number?]) {
        const text = String(this);
        if (flags.__renderFault && text.length > 1000 && text.includes(sentinel))
          throw new Error(`${sentinel}: injected render fault`);
        return slice.apply(text, args);
      };
    }, marker);
    await withoutPrerender(page);
    await routeData(page, async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as {
        analysis: { text: string; quotes: unknown[]; entities: unknown[] };
      };
      // Same length, so every offset stays valid: the marker overwrites the text's first characters.
      const { text } = data.analysis;
      const analysis = {
        ...data.analysis,
        text: marker + text.slice(marker.length),
        quotes: [],
        quoted: [],
        entities: [],
        source: null,
      };
      await route.fulfill({ response, json: { ...data, analysis } });
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Не удалось показать статью');
    await expect(page.locator('article')).toHaveCount(0);
    await expectHeaderUsable(page);
    await page.evaluate(() => {
      (window as unknown as { __renderFault: boolean }).__renderFault = false;
    });
    await alert.getByRole('button', { name: 'Повторить' }).click();
    await expect(page.locator('article[lang="ru"] h1')).toContainText(marker);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
