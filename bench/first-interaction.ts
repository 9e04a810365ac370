/**
 * What a reader feels on a throttled phone-like connection and CPU (Lighthouse's mobile figures:
 * 150 ms round trip, 1.6 Mbit/s, CPU ×4), on stock `next start` of the production build. Per route,
 * as medians of RUNS runs (default 5), each in a new browser context (an empty cache, a first visit):
 * - blocked: main-thread time beyond 50 ms in each task after the first contentful paint, until 3 s
 *   after load (Lighthouse's total blocking time, observed rather than simulated);
 * - first press: from pressing the trade chart's "Log", 3 s after load, to the log drawing painted;
 * - warm press: the same press again, after going back to "Linear" (the baseline, same run);
 * - script: gzipped KB of script files the page loaded by then (preloaded ones too), and whether any holds charting code.
 * Needs a production build. Run: npm run bench:interaction (RUNS=n)
 */
import type { Page } from '@playwright/test';
import { median } from './median';
import { withServerAndBrowser } from './server';

const routes = ['/', '/charts/trade'];
const runs = Math.max(1, Number(process.env.RUNS ?? 5));
/** Strings only Recharts' and d3's own code contains: a script with one is charting code in the browser. */
const chartingMarkers = ['recharts-cartesian', 'recharts-wrapper', 'd3-scale', 'scaleLinear'];

type Measure = { blocked: number; first: number; warm: number; scriptKb: number; charting: boolean };

/** Presses a trade scale option and resolves with the ms from the press to the next frame after the drawing changed. */
async function press(page: Page, option: 'Log' | 'Linear'): Promise<number> {
  const frame = page.locator('[data-frame="trade"]');
  const button = frame.getByRole('button', { name: option, exact: true });
  await button.evaluate((el, log) => {
    const w = window as unknown as { drawn: Promise<number>; pressedAt?: number };
    const figure = el.closest('[data-frame]')!.querySelector('figure')!;
    w.pressedAt = undefined;
    el.addEventListener('pointerdown', () => (w.pressedAt = performance.now()), { once: true, capture: true });
    w.drawn = new Promise((resolve) => {
      // (No named helpers in here: the bench's compiler would wrap them in a function the page lacks.)
      const observer = new MutationObserver(() => {
        if (![...figure.querySelectorAll('.chart-layout')].some((l) => l.getClientRects().length > 0 && !!l.querySelector('circle.data-mark') === log)) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(figure, { childList: true, subtree: true });
    });
  }, option === 'Log');
  await button.click();
  return page.evaluate(async () => {
    const w = window as unknown as { drawn: Promise<number>; pressedAt?: number };
    const drawn = await w.drawn;
    if (w.pressedAt === undefined) throw new Error('The press was not heard.');
    return drawn - w.pressedAt;
  });
}

async function measure(page: Page, url: string): Promise<Measure> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: [number, number][] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const blocked = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const tasks = (window as unknown as { longTasks: [number, number][] }).longTasks;
    return tasks.filter(([start]) => start >= fcp).reduce((sum, [, duration]) => sum + duration - 50, 0);
  });
  const first = await press(page, 'Log');
  await press(page, 'Linear');
  const warm = await press(page, 'Log');
  const scripts = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.initiatorType === 'script' || new URL(e.name).pathname.endsWith('.js')).map((e) => ({ url: e.name, bytes: e.encodedBodySize })),
  );
  await cdp.detach();
  const bodies = await Promise.all(scripts.map(async (s) => (await fetch(s.url)).text()));
  return {
    blocked,
    first,
    warm,
    scriptKb: scripts.reduce((sum, s) => sum + s.bytes, 0) / 1024,
    charting: bodies.some((body) => chartingMarkers.some((marker) => body.includes(marker))),
  };
}

async function main() {
  await withServerAndBrowser(3550, async (browser, origin) => {
    console.log(`next start; throttled: 150 ms RTT, 1.6 Mbit/s, CPU ×4; median of ${runs}`);
    console.log(['route'.padEnd(16), 'TBT ms'.padStart(7), 'first press ms'.padStart(15), 'warm press ms'.padStart(14), 'first ÷ warm'.padStart(13), 'script KB gz'.padStart(13), 'charting code'.padStart(14)].join(' '));
    for (const route of routes) {
      const results: Measure[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        results.push(await measure(await context.newPage(), `${origin}${route}`));
        await context.close();
      }
      const m = (key: 'blocked' | 'first' | 'warm' | 'scriptKb') => median(results.map((r) => r[key]));
      const ratios = results.map((r) => (r.first / r.warm).toFixed(2));
      console.log(
        [route.padEnd(16), m('blocked').toFixed(0).padStart(7), m('first').toFixed(0).padStart(15), m('warm').toFixed(0).padStart(14), (m('first') / m('warm')).toFixed(2).padStart(13), m('scriptKb').toFixed(1).padStart(13), (results.some((r) => r.charting) ? 'yes' : 'none').padStart(14)].join(' '),
      );
      console.log(`${route}: first ÷ warm press run by run ${ratios.join(', ')} (target ≤ 2); script ${m('scriptKb').toFixed(1)} KB gz (target ≤ 170, no charting library)`);
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
