/**
 * Negative controls for the guard (e2e/fixtures/guard.ts): each detector must fire, or
 * "0 problems" in every other spec would mean nothing. Two layers:
 * - the detector itself, on a bare page with `Guard.attach`, must record the exact problem;
 * - the fixture must turn that problem into a failed test (`test.fail()` expects the failure,
 *   and the body does nothing else that could fail).
 */
// biome-ignore lint/style/noRestrictedImports: the controls attach a Guard by hand to assert exactly what it records.
import { test as bare } from '@playwright/test';
import { expect, Guard, type ProblemKind, test } from './fixtures/guard.ts';

/** The problems once the events already queued in the pages have arrived. */
async function settled(guard: Guard) {
  await guard.settle();
  return guard.problems();
}

/** Ways to make each detector fire in a page served with the reader's real policy. */
const triggers: Record<ProblemKind, { run: () => void; expected: RegExp }> = {
  dialog: {
    run: () => setTimeout(() => alert('guard control')),
    expected: /alert: guard control/,
  },
  'page error': {
    run: () =>
      setTimeout(() => {
        throw new Error('guard control: uncaught');
      }),
    expected: /guard control: uncaught/,
  },
  'csp violation': {
    // img-src allows 'self' and data: only.
    run: () => {
      const image = document.createElement('img');
      image.src = 'https://blocked.example/guard-control.png';
      document.body.append(image);
    },
    expected: /img-src blocked https:\/\/blocked\.example/,
  },
  'console error': {
    run: () => console.error('guard control: console'),
    expected: /guard control: console/,
  },
  canary: {
    run: () =>
      (window as unknown as Record<string, (why: string) => void>).__chitalkaCanary?.('guard control'),
    expected: /__chitalkaCanary\(guard control\) was called/,
  },
};

for (const [kind, { run, expected }] of Object.entries(triggers) as [
  ProblemKind,
  (typeof triggers)[ProblemKind],
][]) {
  bare(`the ${kind} detector records exactly that problem`, async ({ context, page }) => {
    const guard = await Guard.attach(context);
    await page.goto('/');
    expect(guard.problems()).toEqual([]);
    await page.evaluate(run);
    const ofKind = async () => (await settled(guard)).filter((p) => p.kind === kind);
    await expect.poll(async () => (await ofKind()).length).toBeGreaterThan(0);
    // A CSP violation is reported once per policy (header and meta), and logged as a console line.
    for (const problem of await ofKind()) expect(problem.message).toMatch(expected);
    expect(() => guard.assertClean()).toThrow(kind);
  });

  test(`a test under the guard fails on a ${kind}`, async ({ page }) => {
    test.fail(true, 'the guard must fail this test');
    await page.goto('/');
    await page.evaluate(run);
    // Give the asynchronous triggers time to happen inside the test body.
    await page.waitForTimeout(100);
  });
}

bare('the canary also fires when a hostile payload is parsed as HTML', async ({ context, page }) => {
  const guard = await Guard.attach(context);
  // A page without our policy, so the payload is free to run: this proves the canary's wiring.
  await page.route('http://guard.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<img src=x onerror=__chitalkaCanary()>' }),
  );
  await page.goto('http://guard.test/');
  await expect.poll(async () => (await settled(guard)).map((p) => p.kind)).toContain('canary');
});

test('an allowed console error does not fail the test, any other still does', async ({ page, guard }) => {
  guard.allowConsoleError(/expected by this test/);
  await page.goto('/');
  await page.evaluate(() => console.error('expected by this test'));
  await guard.settle();
  expect(guard.problems()).toEqual([]);
  await page.evaluate(() => console.error('not expected'));
  await expect.poll(async () => (await settled(guard)).length).toBe(1);
  // The problem above is this control's point: clear it by allowing it, so the test passes.
  guard.allowConsoleError(/not expected/);
});

test('a clean page load has no problems', async ({ page, guard }) => {
  await page.goto('/');
  await expect(page.locator('article[lang="ru"] h1')).toBeVisible();
  await guard.settle();
  expect(guard.problems()).toEqual([]);
});
