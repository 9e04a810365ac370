/**
 * How long a chart image takes to make, three ways, against a Playwright screenshot of the same
 * frame as the baseline, all measured in one run on this machine:
 *   browser  click on "PNG 2×" → the download saved (the in-page export);
 *   warm     the server route at density 2 once the process has drawn it before;
 *   cold     the same request as the first one after a fresh start of the server.
 * Needs a production build (`npx next build`). Run: npx tsx bench/export.ts [runs]
 */
import type { ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { chartIds, type ChartId } from '@/lib/chart-state';
import { chromiumArgs } from '../playwright.config';
import { median } from './median';
import { freePort, requireBuild, startServer } from './server';

const runs = Number(process.argv[2] ?? 5);


async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function sequence(n: number, step: () => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await step());
  return out;
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function fetchImage(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await response.arrayBuffer();
}

type Result = { chart: ChartId; screenshot: number; browser: number; warm: number; cold: number };

async function measure(browser: Browser, chart: ChartId, port: number): Promise<Result> {
  const server = await startServer(port);
  try {
    const base = `http://127.0.0.1:${port}`;
    const image = `${base}/charts/${chart}/image.png?density=2`;
    const cold = await time(() => fetchImage(image));
    const warm = median(await sequence(runs, () => time(() => fetchImage(image))));

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    const frame = page.locator(`[data-frame="${chart}"]`);
    const exportOnce = async () => {
      await frame.getByRole('button', { name: 'Download' }).click();
      const item = frame.getByRole('button', { name: 'PNG 2×', exact: true });
      return time(async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
        await download.path();
        await download.delete();
      });
    };
    // One of each first, so neither side pays for the page's first paint or the font fetch.
    await frame.screenshot();
    await exportOnce();
    const screenshots: number[] = [];
    const exports: number[] = [];
    for (let i = 0; i < runs; i++) {
      screenshots.push(await time(() => frame.screenshot()));
      exports.push(await exportOnce());
    }
    await page.close();
    return { chart, screenshot: median(screenshots), browser: median(exports), warm, cold };
  } finally {
    await stopServer(server);
  }
}

function report(results: Result[]) {
  const cell = (ms: number, baseline: number) => `${ms.toFixed(0).padStart(6)} ms ${`×${(ms / baseline).toFixed(2)}`.padStart(7)}`;
  console.log(`\nmedian of ${runs} runs; ×N = time ÷ the screenshot baseline (cold is one request per fresh server)`);
  console.log(`${'chart'.padEnd(11)}${'screenshot'.padStart(12)}${'browser PNG 2×'.padStart(18)}${'server warm'.padStart(18)}${'server cold'.padStart(18)}`);
  for (const r of results)
    console.log(`${r.chart.padEnd(11)}${`${r.screenshot.toFixed(0)} ms`.padStart(12)}  ${cell(r.browser, r.screenshot)}  ${cell(r.warm, r.screenshot)}  ${cell(r.cold, r.screenshot)}`);
}

async function main() {
  requireBuild();
  const port = await freePort(Number(process.env.BENCH_PORT ?? 3400));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  try {
    console.log(`Chromium ${browser.version()}, production server on port ${port}`);
    const results: Result[] = [];
    for (const chart of chartIds) results.push(await measure(browser, chart, port));
    report(results);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
