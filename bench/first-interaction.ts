/**
 * What deferring the framework (lib/deferred-boot) buys and costs a reader, on a throttled phone-like
 * connection and CPU (Lighthouse's mobile figures: 150 ms round trip, 1.6 Mbit/s, CPU ×4). Each route is
 * loaded from the production server (deferred) and from plain `next start` of the same build (the
 * framework runs as the page loads), and the bench prints, as medians:
 * - blocked: main-thread time beyond 50 ms in each task that starts after the first contentful paint,
 *   until 3 s after load (Lighthouse's total blocking time, observed rather than simulated);
 * - first click: from pressing a chart's Share button, 3 s after load, to its menu being open.
 * Needs a production build. Run: npm run bench:interaction (RUNS=n, default 5)
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { median } from './median';
import { freePort, startNext, startServer } from './server';

const routes = ['/', '/charts/trade'];
const runs = Math.max(1, Number(process.env.RUNS ?? 5));

type Measure = { blocked: number; click: number };

async function measure(page: Page, url: string): Promise<Measure> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: [number, number][]; pressedAt?: number };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
    // Registered before any of the page's scripts, so it hears the press before the boot script holds it.
    addEventListener('pointerdown', () => (w.pressedAt ??= performance.now()), { capture: true });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const blocked = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const tasks = (window as unknown as { longTasks: [number, number][] }).longTasks;
    return tasks.filter(([start]) => start >= fcp).reduce((sum, [, duration]) => sum + duration - 50, 0);
  });
  const share = page.getByRole('button', { name: /^Share: / }).first();
  await share.evaluate((button) => {
    const w = window as unknown as { opened: Promise<number> };
    w.opened = new Promise((resolve) => {
      new MutationObserver(() => button.getAttribute('aria-expanded') === 'true' && resolve(performance.now())).observe(button, { attributes: true });
    });
  });
  await share.click();
  const click = await page.evaluate(async () => {
    const w = window as unknown as { pressedAt?: number; opened: Promise<number> };
    if (w.pressedAt === undefined) throw new Error('The press was not heard.');
    return (await w.opened) - w.pressedAt;
  });
  await cdp.detach();
  return { blocked, click };
}

async function main() {
  const [deferredPort, eagerPort] = [await freePort(3550), await freePort(3575)];
  const servers = [await startServer(deferredPort), await startNext(eagerPort)];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    console.log(`Throttled: 150 ms RTT, 1.6 Mbit/s, CPU ×4; median of ${runs}`);
    console.log('route'.padEnd(16), 'server'.padEnd(30), 'TBT ms'.padStart(10), 'first click ms'.padStart(15));
    for (const route of routes) {
      const results: Record<string, Measure[]> = { deferred: [], eager: [] };
      // Alternating, so a slow spell of the machine touches both alike.
      for (let run = 0; run < runs; run++)
        for (const [name, port] of [['deferred', deferredPort], ['eager', eagerPort]] as const) {
          // A new context each time: an empty cache, as on a first visit.
          const context = await browser.newContext();
          results[name].push(await measure(await context.newPage(), `http://127.0.0.1:${port}${route}`));
          await context.close();
        }
      const row = (name: string, label: string) => {
        const list = results[name];
        return { label, blocked: median(list.map((m) => m.blocked)), click: median(list.map((m) => m.click)) };
      };
      const [deferred, eager] = [row('deferred', 'production (deferred framework)'), row('eager', 'next start (framework at load)')];
      for (const r of [deferred, eager]) console.log(route.padEnd(16), r.label.padEnd(30), r.blocked.toFixed(0).padStart(10), r.click.toFixed(0).padStart(15));
      console.log(`${route}: deferred, the load blocks ${(deferred.blocked / Math.max(1, eager.blocked)).toFixed(2)}× as long, and the first click takes ${(deferred.click / Math.max(1, eager.click)).toFixed(1)}× as long`);
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.kill());
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
