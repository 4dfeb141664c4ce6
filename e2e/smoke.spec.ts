import { expect, test } from './fixtures/guard.ts';

test('the prerendered article is readable', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('article[lang="ru"] h1')).toHaveText(
    'Президент РК назвал ШОС гарантом обеспечения региональной безопасности',
  );
});
