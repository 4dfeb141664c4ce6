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
  await expect(page.locator('img[src="x"], script:not([src]):not([type="application/json"])')).toHaveCount(0);
  // Let effects that might push a history entry run, then check none did: a fresh page
  // has two entries, about:blank and the URL it went to.
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => history.length)).toBe(2);
}

const queries: [string, string][] = [
  // ASCII: 10,000 Cyrillic characters percent-encode to 60 KB, past every server's header
  // limit (Node answers 431, nginx 414) before the reader sees it.
  ['a 10,000-character ?q=', `?q=${'Tokaev+'.repeat(1429).slice(0, 10_000)}`],
  [
    'regex metacharacters in ?q=',
    `?q=${encodeURIComponent('(.*)+[а-я]{2,}\\d?^$|(?<x>a)\\1 (((((a*)*)*)*)*)b')}`,
  ],
  ['markup in ?q=', `?q=${encodeURIComponent(payload)}`],
  ['bad percent-encoding in ?q=', '?q=%E0%A4%A'],
  ['?entity=__proto__', '?entity=__proto__'],
  ['?entity=constructor', '?entity=constructor'],
  ['an unknown ?entity=', '?entity=per-nobody-00000'],
  ['?speaker=__proto__ and ?quotes=yes', '?speaker=__proto__&quotes=yes'],
  ['?type=BOGUS', '?type=BOGUS'],
  ['repeated parameters', '?q=ШОС&q=Токаев&type=PER&type=BOGUS&entity=a&entity=b'],
];

for (const [name, query] of queries) {
  test(`${name}: article shown, nothing run, no history entry`, async ({ page }) => {
    await page.goto(`/${query}`);
    await expectCalmReader(page);
  });
}

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
