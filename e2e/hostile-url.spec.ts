import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/guard.ts';

// Anyone can craft a Chitalka URL. Whatever the query or fragment holds, the reader shows
// the article, runs no script (the guard fails the test if `__chitalkaCanary` is called or a
// CSP violation, dialog or page error happens), raises no alert and adds no history entry.
const title = 'Президент РК назвал ШОС гарантом обеспечения региональной безопасности';
const payload = '<img src=x onerror=__chitalkaCanary()>';

async function expectCalmReader(page: Page): Promise<void> {
  await expect(page.locator('article[lang="ru"] h1')).toHaveText(title);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Markup from the URL never becomes an element.
  await expect(
    page.locator('img[src="x"], script:not([src]):not([type="application/json"]):not([data-pre-paint])'),
  ).toHaveCount(0);
  // The page's own inline script is the build's pre-paint one, in <head>, and only it.
  await expect(page.locator('script[data-pre-paint]')).toHaveCount(1);
  await expect(page.locator('head > script[data-pre-paint]')).toHaveCount(1);
  // Let effects that might push a history entry run, then check none did: a fresh page
  // has two entries, about:blank and the URL it went to.
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => history.length)).toBe(2);
}

/** The search panel's status line, once the engine and lexicon have loaded. */
async function searchStatus(page: Page) {
  const status = page.locator('.search-status');
  await expect(status).toBeVisible();
  await expect(status).not.toHaveText(/Загружаем словарь/);
  return status;
}

const filterNotice = (page: Page) => page.locator('.reader-tools > p[role="status"]');
const paragraphs = (page: Page) => page.locator('article[lang="ru"] p:visible');

/** How many paragraphs and entity marks the unfiltered article shows: what an ignored filter leaves. */
let plain: { paragraphs: number; marks: number };
test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto('/');
  await expect(page.locator('.search-box')).toBeVisible();
  plain = {
    paragraphs: await paragraphs(page).count(),
    marks: await page.locator('article [data-entity-id]').count(),
  };
  await page.close();
});

/** Unfiltered: every paragraph shown, every entity type marked. */
async function expectUnfiltered(page: Page) {
  await expect(paragraphs(page)).toHaveCount(plain.paragraphs);
  await expect(page.locator('article [data-entity-id]')).toHaveCount(plain.marks);
}

test('a 10,000-character Cyrillic ?q= is cut to 200 with a notice; the page stays quick and usable', async ({
  page,
}) => {
  const long = 'Шанхайская'.repeat(1000);
  // Long tasks (over 50 ms) from the first byte on, to check the long query froze nothing.
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const response = await page.goto(`/?q=${encodeURIComponent(long)}`);
  // 60 KB of URL: the server lets it through (Node's default limit answers 431).
  expect(response?.status()).toBe(200);
  const status = await searchStatus(page);
  await expect(status).toContainText('Запрос обрезан до 200 символов.');
  // The status line repeats only the query's start, not 200 (or 10,000) characters.
  await expect(status).toContainText('«ШанхайскаяШанхайскаяШанхайскаяШанхайскаяШанхайскаяШанхайская…»');
  const box = page.getByRole('searchbox', { name: 'Поиск по статье' });
  await expect(box).toHaveValue(long.slice(0, 200));
  await expectCalmReader(page);
  // Nothing froze: no long task near the cost of searching 10,000 characters.
  const longest = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
  );
  expect(longest).toBeLessThan(1_000);
  // Usable: a new search replaces the long one without a new history entry.
  await box.fill('Токаев');
  await expect(page.locator('mark[data-search-hit]').first()).toHaveText('Токаев');
  expect(new URL(page.url()).searchParams.get('q')).toBe('Токаев');
  expect(await page.evaluate(() => history.length)).toBe(2);
});

const literalQueries: [string, string][] = [
  ['regex metacharacters', '(.*)+[а-я]{2,}\\d?^$|(?<x>a)\\1 (((((a*)*)*)*)*)b'],
  ['markup', payload],
];

for (const [name, query] of literalQueries) {
  test(`${name} in ?q= are searched as text: nothing found, said politely`, async ({ page }) => {
    await page.goto(`/?q=${encodeURIComponent(query)}`);
    const status = await searchStatus(page);
    await expect(status).toHaveText(
      `По запросу «${query}» ничего не найдено. Попробуйте другое слово или начальную форму.`,
    );
    await expect(page.getByRole('searchbox', { name: 'Поиск по статье' })).toHaveValue(query);
    await expect(page.locator('mark[data-search-hit]')).toHaveCount(0);
    await expectCalmReader(page);
  });
}

test('bad percent-encoding in ?q= decodes to U+FFFD (URLSearchParams), found nowhere', async ({ page }) => {
  await page.goto('/?q=%E0%A4%A');
  const status = await searchStatus(page);
  await expect(status).toContainText('По запросу «\uFFFD%A» ничего не найдено.');
  await expect(page.locator('mark[data-search-hit]')).toHaveCount(0);
  await expectCalmReader(page);
});

const unknownEntity = 'Объект из ссылки не найден в этой статье — фильтр не применён.';
const filterQueries: [string, string, string][] = [
  ['?entity=__proto__', '?entity=__proto__', unknownEntity],
  ['?entity=constructor', '?entity=constructor', unknownEntity],
  ['an unknown ?entity=', '?entity=per-nobody-00000', unknownEntity],
  [
    '?speaker=__proto__ and ?quotes=yes',
    '?speaker=__proto__&quotes=yes',
    'Автор цитат из ссылки не найден в этой статье — фильтр не применён. Непонятное значение фильтра цитат в ссылке — показаны все абзацы.',
  ],
  ['?type=BOGUS', '?type=BOGUS', 'Часть типов из ссылки неизвестна — они пропущены.'],
];

for (const [name, query, notice] of filterQueries) {
  test(`${name}: ignored with a polite notice, the whole article shown`, async ({ page }) => {
    await page.goto(`/${query}`);
    await expect(filterNotice(page)).toHaveText(notice);
    await expectUnfiltered(page);
    await expect(page.locator('[data-filter-entity][aria-pressed="true"]')).toHaveCount(0);
    await expectCalmReader(page);
  });
}

test('repeated parameters: the first of each counts, the rest are ignored', async ({ page }) => {
  await page.goto('/?q=ШОС&q=Токаев&type=PER&type=BOGUS&entity=a&entity=b');
  // ?q=ШОС, not Токаев.
  await expect(await searchStatus(page)).toContainText('Найдено');
  for (const hit of await page.locator('mark[data-search-hit]').all()) await expect(hit).toHaveText('ШОС');
  // ?type=PER: only people are marked; BOGUS came second and was never read.
  const types = await page
    .locator('article [data-entity-type]')
    .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-entity-type')))]);
  expect(types).toEqual(['PER']);
  // ?entity=a is unknown: said so, and the article is not narrowed.
  await expect(filterNotice(page)).toHaveText(unknownEntity);
  await expect(paragraphs(page)).toHaveCount(plain.paragraphs);
  await expectCalmReader(page);
});

test('#quote-<garbage> gets a polite notice, not a crash', async ({ page }) => {
  await page.goto(`/#quote-${encodeURIComponent(payload)}`);
  await expectCalmReader(page);
  await expect(page.locator('[role="status"] [data-link-notice]')).toBeVisible();
  await expect(page.locator('[data-active="true"]')).toHaveCount(0);
});

test('#quote- with bad percent-encoding and an overlong #quote- are refused politely', async ({ page }) => {
  await page.goto('/#quote-%E0%A4%A');
  await expectCalmReader(page);
  await expect(page.locator('[role="status"] [data-link-notice]')).toBeVisible();
  await page.goto(`/#quote-${'a'.repeat(10_000)}`);
  await expect(page.locator('article[lang="ru"] h1')).toHaveText(title);
  await expect(page.locator('[role="status"] [data-link-notice]')).toBeVisible();
});

test('#<script> is not ours: ignored, no notice, nothing run', async ({ page }) => {
  await page.goto(`/#${encodeURIComponent('<script>__chitalkaCanary()</script>')}`);
  await expectCalmReader(page);
  await expect(page.locator('[data-link-notice]')).toHaveCount(0);
});

test('a text fragment (#:~:text=) is left to the browser', async ({ page }) => {
  await page.goto(`/#:~:text=${encodeURIComponent('Токаев')}`);
  await expectCalmReader(page);
  await page.goto(`/#:~:text=${encodeURIComponent(payload)}`);
  await expect(page.locator('article[lang="ru"] h1')).toHaveText(title);
});

test('changing the fragment to garbage after load adds no history entry of ours', async ({ page }) => {
  await page.goto('/');
  await expectCalmReader(page);
  // The user (or a script) edits the hash: that is one entry; the reader must not add more.
  await page.evaluate(
    (hash) => {
      location.hash = hash;
    },
    `quote-${encodeURIComponent(payload)}`,
  );
  await expect(page.locator('[role="status"] [data-link-notice]')).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(3);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
