/**
 * The production build's security policy, in a real Chromium: the headers `npm start`
 * sends, the meta policy the HTML carries, inlined CSS allowed by hash, and proof that
 * script injected as text, as HTML or through eval does not run.
 */
import { AxeBuilder } from '@axe-core/playwright';
// biome-ignore lint/style/noRestrictedImports: injection tests attach a Guard by hand to assert the exact violations.
import { type BrowserContext, test as bare, type Page } from '@playwright/test';
import { canaryName, expect, Guard, test } from './fixtures/guard.ts';

/** The directives a static host or `npm start` must send, whatever hashes the build adds. */
const requiredDirectives = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
];

/** Scripts from our origin, and inline only the ones whose exact text the build hashed. */
const strictScriptSrc = /^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*$/;

function directivesOf(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
}

test('the reader is served with a strict policy and safe headers', async ({ request }) => {
  const response = await request.get('/');
  const headers = response.headers();
  const policy = headers['content-security-policy'] ?? '';
  for (const directive of requiredDirectives) expect(directivesOf(policy)).toContain(directive);
  expect(directivesOf(policy).filter((directive) => directive.startsWith('script-src'))).toEqual([
    expect.stringMatching(strictScriptSrc),
  ]);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-frame-options']).toBe('DENY');

  const data = await request.get('/data/article.json');
  expect(data.headers()['x-content-type-options']).toBe('nosniff');
});

test('a page the site does not have gets the same policy, and the reader shows without a violation', async ({
  page,
  guard,
}) => {
  // The browser logs the 404 itself; that line, and only it, is expected here.
  guard.allowConsoleError(/404 \(Not Found\).*no-such-page/);
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  for (const directive of requiredDirectives)
    expect(directivesOf(response?.headers()['content-security-policy'] ?? '')).toContain(directive);
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
  await expect(page.locator('article[lang="ru"] h1')).toBeVisible();
});

test('the HTML carries the same policy, minus what a meta element cannot', async ({ page, request }) => {
  const header = (await request.get('/')).headers()['content-security-policy'] ?? '';
  await page.goto('/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const expected = directivesOf(header).filter((directive) => !directive.startsWith('frame-ancestors'));
  expect(directivesOf(meta ?? '')).toEqual(expected);
  // The meta policy must come before anything it governs.
  const firstInHead = await page.evaluate(() =>
    [...document.head.children].findIndex((element) => element.getAttribute('http-equiv') !== null),
  );
  expect(firstInHead).toBeLessThanOrEqual(1);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the first paint needs no stylesheet request: the CSS is inline and allowed', async ({ page }) => {
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
    });
    await page.goto('/');
    await expect(page.locator('article[lang="ru"] h1')).toBeVisible();
    expect(stylesheets).toEqual([]);
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
    expect(await page.locator('head style').count()).toBeGreaterThan(0);
    // The user agent's 8px body margin is gone: the inline CSS applied under the policy.
    await expect(page.locator('body')).toHaveCSS('margin-top', '0px');
  });
});

test('the app applies the full stylesheet, fetched once, before its controls appear', async ({ page }) => {
  const stylesheets: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'stylesheet') stylesheets.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Поиск по статье' });
  await expect(search).toBeVisible();
  // The search field's look is not in the inline CSS (the prerendered page has no field).
  await expect(search).toHaveCSS('border-top-left-radius', '6px');
  const preloaded = await page.locator('link[rel="preload"][data-full-stylesheet]').getAttribute('href');
  expect(preloaded).toMatch(/^\/assets\/index-[\w-]+\.css$/);
  expect(
    await page
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname)),
  ).toEqual([preloaded]);
  // The preload and the stylesheet share one download.
  expect(stylesheets).toEqual([preloaded]);
});

bare.describe('script injection is stopped by the policy', () => {
  /** Loads the reader under a bare guard, so each test can assert the exact violations. */
  async function open({ context, page }: { context: BrowserContext; page: Page }) {
    const guard = await Guard.attach(context);
    await page.goto('/');
    await expect(page.locator('article[lang="ru"] h1')).toBeVisible();
    await guard.settle();
    expect(guard.problems()).toEqual([]);
    return guard;
  }

  async function violations(guard: Guard): Promise<string[]> {
    await guard.settle();
    return guard.problems().map(({ kind, message }) => `${kind}: ${message}`);
  }

  bare(
    'HTML written into a sink throws (Trusted Types) and its handler never runs',
    async ({ context, page }) => {
      const guard = await open({ context, page });
      const outcome = await page.evaluate((canary) => {
        try {
          // biome-ignore lint/plugin: this test proves the browser refuses the sink the lint forbids.
          document.body.insertAdjacentHTML('beforeend', `<img src=x onerror=${canary}()>`);
          return 'written';
        } catch (error) {
          return String(error);
        }
      }, canaryName);
      expect(outcome).toMatch(/TrustedHTML/);
      await page.waitForTimeout(200);
      const seen = await violations(guard);
      expect(seen.some((line) => line.startsWith('csp violation: require-trusted-types-for'))).toBe(true);
      expect(seen.filter((line) => line.startsWith('canary'))).toEqual([]);
    },
  );

  bare('an inline script added to the page does not run', async ({ context, page }) => {
    const guard = await open({ context, page });
    const outcome = await page.evaluate((canary) => {
      const script = document.createElement('script');
      try {
        script.textContent = `${canary}('inline script')`;
      } catch (error) {
        return String(error);
      }
      document.body.append(script);
      return 'appended';
    }, canaryName);
    // Trusted Types refuses the text; without them, script-src would refuse to run it.
    expect(outcome).toMatch(/TrustedScript/);
    await page.waitForTimeout(200);
    expect((await violations(guard)).filter((line) => line.startsWith('canary'))).toEqual([]);
  });

  bare('eval and string timers are refused', async ({ context, page }) => {
    const guard = await open({ context, page });
    // Run from a page task: inside Playwright's own evaluate, DevTools lets eval through.
    const outcome = await page.evaluate(
      (canary) =>
        new Promise<string>((resolve) => {
          setTimeout(() => {
            try {
              // biome-ignore lint/security/noGlobalEval: this test proves the policy refuses eval.
              eval(`${canary}('eval')`);
              resolve('evaluated');
            } catch (error) {
              resolve(String(error));
            }
          });
        }),
      canaryName,
    );
    expect(outcome).toMatch(/EvalError|TrustedScript|unsafe-eval/);
    const timer = await page.evaluate((canary) => {
      try {
        setTimeout(`${canary}('string timer')`);
        return 'scheduled';
      } catch (error) {
        return String(error);
      }
    }, canaryName);
    expect(timer).toMatch(/TrustedScript/);
    await page.waitForTimeout(200);
    const seen = await violations(guard);
    expect(seen.filter((line) => line.startsWith('canary'))).toEqual([]);
    expect(seen.some((line) => line.startsWith('csp violation'))).toBe(true);
  });

  bare('the reader cannot be framed by another site', async ({ context, page, baseURL }) => {
    const origin = new URL(baseURL ?? '').origin;
    const framing = `<!doctype html><iframe src="${origin}/" title="reader"></iframe>`;
    await page.route('http://framer.test/', (route) =>
      route.fulfill({ contentType: 'text/html', body: framing }),
    );

    // Control: the same page without its headers' frame-ancestors does load in the frame.
    const controlContext = await context.browser()?.newContext();
    if (!controlContext) throw new Error('no browser');
    const control = await controlContext.newPage();
    await control.route('http://framer.test/', (route) =>
      route.fulfill({ contentType: 'text/html', body: framing }),
    );
    await control.route(`${origin}/`, async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      delete headers['content-security-policy'];
      delete headers['x-frame-options'];
      await route.fulfill({ response, headers });
    });
    await control.goto('http://framer.test/');
    await expect(control.frameLocator('iframe').locator('article h1')).toBeVisible();
    await controlContext.close();

    await page.goto('http://framer.test/');
    await page.waitForLoadState('load');
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(await frame?.locator('article').count()).toBe(0);
  });
});

test('axe-core runs under Trusted Types without a violation of the policy', async ({ page }) => {
  await page.goto('/');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.testEngine.name).toBe('axe-core');
});
