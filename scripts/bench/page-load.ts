/**
 * Largest Contentful Paint of the built reader against a static HTML page of the same
 * article, side by side in one run: alternating fresh loads (no cache) in Chromium under
 * Slow 4G (150 ms RTT, 1.6 Mbps down, 750 Kbps up) and 4× CPU throttling, set through CDP.
 *
 * The static page the target is measured against is finished and served as the reader is:
 * its policy in a meta element and the same response headers (finish-dist.ts). Headers cost
 * time of their own: Cross-Origin-Opener-Policy alone makes a fresh tab's first navigation
 * swap to a new browsing context group (measured here: about +50 ms of LCP). That cost is
 * the host's, not the page's, and both pages pay it; the same page without any headers is
 * also measured, for reference.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../lib/find-chromium.ts';
import { renderHeadersFile } from '../lib/finish-dist.ts';
import { hardenPage } from '../lib/harden-page.ts';
import { createStaticServer } from '../lib/static-server.ts';
import { type BenchFigure, median } from './bench-figure.ts';
import { staticArticlePage, type Typography } from './static-page.ts';

/** Slow 4G as the issue defines it; throughput in bytes per second. */
const slow4g = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};
const cpuSlowdown = 4;
const viewport = { width: 1280, height: 800 };

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`),
    );
  });
}

/** The reader's own typography, read unthrottled, so the static page differs only in how it is built. */
async function readTypography(browser: Browser, url: string): Promise<Typography> {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  // No named helpers inside: tsx would wrap them in a `__name` call the page does not have.
  const typography = await page.evaluate(() => {
    const [title, lead, paragraph] = ['article h1', 'article p', 'article p ~ p'].map((selector) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`the reader has no ${selector}`);
      const css = getComputedStyle(element);
      return {
        fontFamily: css.fontFamily,
        fontSize: css.fontSize,
        fontWeight: css.fontWeight,
        lineHeight: css.lineHeight,
        margin: css.margin,
      };
    });
    const body = getComputedStyle(document.body);
    const width = document.querySelector('article')?.getBoundingClientRect().width ?? 680;
    return {
      title,
      lead,
      paragraph,
      columnWidth: `${Math.round(width)}px`,
      background: body.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : body.backgroundColor,
      color: body.color,
    };
  });
  const { title, lead, paragraph } = typography;
  if (!title || !lead || !paragraph) throw new Error('the reader has no title, lead or paragraph');
  await page.close();
  return { ...typography, title, lead, paragraph };
}

/** One cold load under throttling; the page's LCP in ms and the element it fell on. */
async function measureLcp(browser: Browser, url: string): Promise<{ ms: number; element: string }> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', slow4g);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await page.evaluate(
      () =>
        new Promise<{ ms: number; element: string }>((resolve) => {
          let last = { ms: Number.NaN, element: '' };
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as LargestContentfulPaint[])
              last = { ms: entry.startTime, element: entry.element?.tagName.toLowerCase() ?? '?' };
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          // After load, hydration may still be running at 4× CPU: give LCP time to settle.
          setTimeout(() => resolve(last), 1500);
        }),
    );
  } finally {
    await context.close();
  }
}

/** The blocks of the built article (title first), as the reader's data file has them. */
function articleBlocks(dist: string): string[] {
  const data = JSON.parse(readFileSync(path.join(dist, 'data', 'article.json'), 'utf8')) as {
    analysis: { text: string; paragraphs: { start: number; end: number }[] };
  };
  return data.analysis.paragraphs.map(({ start, end }) => data.analysis.text.slice(start, end));
}

/**
 * The static page as two sites under `scratch`: `served`, finished and given the reader's
 * response headers (finish-dist.ts), and `bare`, the same page with no headers at all.
 * Written before any server starts on them: a server reads its `_headers` once, at start.
 */
export function writeStaticSites(scratch: string, plainPage: string): { served: string; bare: string } {
  const served = path.join(scratch, 'served');
  const bare = path.join(scratch, 'bare');
  for (const dir of [served, bare]) mkdirSync(dir);
  const finished = hardenPage(plainPage);
  writeFileSync(path.join(served, 'index.html'), finished.html);
  writeFileSync(path.join(served, '_headers'), renderHeadersFile(finished.hashes));
  writeFileSync(path.join(bare, 'index.html'), plainPage);
  return { served, bare };
}

/**
 * Median LCP of `runs` alternating loads of the reader and the static page, and their ratio.
 * One load's LCP varies by ±50 ms under throttling, and the machine drifts between runs:
 * the ratio reported against the target is the median over runs of each run's own
 * reader-to-static ratio (the two loads of a run are back to back), with its quartiles.
 */
export async function benchPageLoad(dist: string, runs: number, log = (line: string) => console.error(line)) {
  const [load] = loadavg();
  const cores = availableParallelism();
  if ((load ?? 0) > cores)
    log(
      `  note: load average ${load?.toFixed(1)} on ${cores} cores: other work will add noise to these timings`,
    );
  const scratch = mkdtempSync(path.join(tmpdir(), 'chitalka-bench-'));
  const readerServer = createStaticServer(dist);
  const servers = [readerServer];
  const executablePath = findChromium();
  const browser = await chromium.launch({
    args: chromiumArgs,
    ...(executablePath ? { executablePath } : {}),
  });
  try {
    const readerUrl = await listen(readerServer);
    const plainPage = staticArticlePage(articleBlocks(dist), await readTypography(browser, readerUrl));
    const sites = writeStaticSites(scratch, plainPage);
    const servedServer = createStaticServer(sites.served);
    const bareServer = createStaticServer(sites.bare);
    servers.push(servedServer, bareServer);
    const pages = { reader: readerUrl, static: await listen(servedServer), bare: await listen(bareServer) };
    const names = Object.keys(pages) as (keyof typeof pages)[];
    const lcp: Record<keyof typeof pages, number[]> = { reader: [], static: [], bare: [] };
    // One unmeasured load each: the first navigation of a browser pays for its own start-up.
    for (const name of names) await measureLcp(browser, pages[name]);
    for (let run = 0; run < runs; run++) {
      // Each page goes first, second and third in turn.
      const order = names.map((_, i) => names[(i + run) % names.length] as keyof typeof pages);
      for (const name of order) {
        const { ms, element } = await measureLcp(browser, pages[name]);
        lcp[name].push(ms);
        log(`  run ${run + 1}/${runs} ${name}: LCP ${ms.toFixed(0)} ms on <${element}>`);
      }
    }
    const reader = median(lcp.reader);
    const plain = median(lcp.static);
    const runRatios = (against: number[]) =>
      lcp.reader.map((ms, run) => ms / (against[run] ?? Number.NaN)).sort((a, b) => a - b);
    const ratios = runRatios(lcp.static);
    const quartile = (q: number) => ratios[Math.round(q * (ratios.length - 1))] ?? Number.NaN;
    // On a shared machine other processes only ever add time: the best run is the least disturbed.
    const bestReader = Math.min(...lcp.reader);
    const bestPlain = Math.min(...lcp.static);
    return [
      { name: `LCP reader (Slow 4G, 4x CPU, median of ${runs})`, value: reader, unit: 'ms' },
      {
        name: `LCP static HTML of the same article, served like the reader (median of ${runs})`,
        value: plain,
        unit: 'ms',
      },
      { name: 'LCP ratio reader to static (target 1.15 or less)', value: median(ratios), unit: 'x' },
      { name: 'LCP ratio reader to static (first quartile of runs)', value: quartile(0.25), unit: 'x' },
      { name: 'LCP ratio reader to static (third quartile of runs)', value: quartile(0.75), unit: 'x' },
      { name: 'LCP ratio of the medians', value: reader / plain, unit: 'x' },
      { name: `LCP reader (best of ${runs})`, value: bestReader, unit: 'ms' },
      { name: `LCP static HTML (best of ${runs})`, value: bestPlain, unit: 'ms' },
      { name: 'LCP ratio reader to static (best runs)', value: bestReader / bestPlain, unit: 'x' },
      {
        name: `LCP static HTML served with no headers (median of ${runs})`,
        value: median(lcp.bare),
        unit: 'ms',
      },
      {
        name: 'LCP ratio reader to static served with no headers',
        value: median(runRatios(lcp.bare)),
        unit: 'x',
      },
    ] satisfies BenchFigure[];
  } finally {
    await browser.close();
    for (const server of servers) server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
