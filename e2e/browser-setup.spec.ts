import { expect, test } from './fixtures/guard.ts';

// Chromium honours only the last `--disable-features` switch: the one in our launch flags
// (scripts/lib/find-chromium.ts) must keep every feature Playwright turns off itself.
test('our launch flags keep every Chromium feature Playwright disables', async ({ page }) => {
  await page.goto('chrome://version');
  const commandLine = (await page.locator('#command_line').textContent()) ?? '';
  const switches = [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((match) =>
    (match[1] ?? '').split(','),
  );
  expect(switches.length).toBeGreaterThan(0);
  const effective = new Set(switches.at(-1));
  for (const feature of switches.flat()) expect(effective, feature).toContain(feature);
  expect(effective).toContain('WebUIOmniboxPopup');
});
