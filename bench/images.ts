/**
 * Cold chart images under load, on stock `next start`: COUNT (default 30) different pictures at
 * density 4 asked for at once on a fresh server (nothing cached), while a small request (/icon.svg)
 * is made every 100 ms. Prints how long the small request waits then against the same request on
 * the idle server (the baseline, same run), how the image requests ended (200, or 503 when the queue
 * is full), how long the burst took, and the server's peak memory.
 * Needs a production build. Run: npm run bench:images [COUNT=n]
 */
import fs from 'node:fs';
import path from 'node:path';
import { layouts } from '../lib/chart-size';
import { chartIds, type ChartState } from '../lib/chart-state';
import { downloadPath } from '../lib/export/export-choice';
import { drawnStates } from '../lib/views';
import { median } from './median';
import { freePort, root, startNext } from './server';

const count = Number(process.env.COUNT ?? 30);
const { version } = JSON.parse(fs.readFileSync(path.join(root, '.generated', 'drawings.json'), 'utf8')) as { version: string };
const pictures = chartIds
  .flatMap((chart) => drawnStates(chart).flatMap((state) => layouts.map((layout) => downloadPath(chart, state as ChartState, { format: 'png', density: 4 }, layout, version))))
  .slice(0, count);

const timed = async (url: string) => {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
};

const peakMemoryMb = (pid: number) => Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)?.[1] ?? NaN) / 1024;

async function main() {
  const port = await freePort(3620);
  const server = await startNext(port);
  const base = `http://127.0.0.1:${port}`;
  try {
    const idle: number[] = [];
    for (let i = 0; i < 20; i++) idle.push((await timed(`${base}/icon.svg`)).ms);
    const before = peakMemoryMb(server.pid!);
    const start = performance.now();
    const burst = Promise.all(pictures.map((p) => timed(`${base}${p}`)));
    const waits: number[] = [];
    let done = false;
    burst.then(() => (done = true));
    while (!done) {
      waits.push((await timed(`${base}/icon.svg`)).ms);
      await new Promise((r) => setTimeout(r, 100));
    }
    const results = await burst;
    const took = performance.now() - start;
    const statuses = Object.entries(results.reduce<Record<number, number>>((all, r) => ({ ...all, [r.status]: (all[r.status] ?? 0) + 1 }), {}));
    console.log(`${pictures.length} cold images at density 4 at once, next start at ${base}`);
    console.log(`small request while idle: median ${median(idle).toFixed(1)} ms`);
    console.log(`small request during the burst: median ${median(waits).toFixed(1)} ms, longest ${Math.max(...waits).toFixed(0)} ms (target ≤ 2000), ${waits.length} requests`);
    console.log(`longest wait ÷ idle median: ${(Math.max(...waits) / median(idle)).toFixed(1)}×`);
    console.log(`images: ${statuses.map(([status, n]) => `${n} × ${status}`).join(', ')}; the burst took ${(took / 1000).toFixed(1)} s; slowest image ${(Math.max(...results.map((r) => r.ms)) / 1000).toFixed(1)} s`);
    console.log(`server peak memory: ${before.toFixed(0)} MB before the burst, ${peakMemoryMb(server.pid!).toFixed(0)} MB after`);
  } finally {
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
