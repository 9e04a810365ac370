/**
 * Load on stock `next start` over loopback with autocannon, bounded in time: the dashboard, a chart
 * page and an embed (each prerendered for its state), a versioned chart image and a drawing file.
 * Prints requests per second, p50 and p99 latency and errors, and each page's throughput as a ratio
 * of a static file's measured in the same run (the most next start serves of anything).
 * Needs a production build. Run: npm run bench:load [seconds per route, default 10]
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort, root, startNext } from './server';

const seconds = Number(process.argv[2] ?? 10);
const { version } = JSON.parse(fs.readFileSync(path.join(root, '.generated', 'drawings.json'), 'utf8')) as { version: string };
const routes = [
  '/icon.svg',
  '/',
  '/charts/trade?scale=log',
  '/embed/trade?scale=log',
  `/charts/trade/image.png?scale=log&density=2&v=${version}`,
  `/drawings/${version}/trade/log.on.json`,
];
/** The chart page's throughput on this machine with the server that rewrote every page (issue 15). */
const before = 71;

async function main() {
  const port = await freePort(3600);
  const server = await startNext(port);
  try {
    console.log(`autocannon, 10 connections, ${seconds} s a route, next start at http://127.0.0.1:${port}, asking as a browser does (gzip)`);
    console.log('route'.padEnd(48), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(8), 'non-2xx'.padStart(8), '÷ static'.padStart(9));
    let floor = NaN;
    for (const route of routes) {
      const headers = { accept: 'text/html,*/*', 'accept-encoding': 'gzip' };
      const result = await autocannon({ url: `http://127.0.0.1:${port}${route}`, connections: 10, duration: seconds, headers });
      const rate = result.requests.average;
      if (route === routes[0]) floor = rate;
      console.log(
        route.slice(0, 48).padEnd(48),
        rate.toFixed(0).padStart(8),
        String(result.latency.p50).padStart(8),
        String(result.latency.p99).padStart(8),
        String(result.errors + result.timeouts).padStart(8),
        String(result.non2xx).padStart(8),
        (rate / floor).toFixed(2).padStart(9),
      );
      if (route.startsWith('/charts/trade?') || route.startsWith('/embed/')) console.log(`  ${(rate / before).toFixed(1)}× the ${before} req/s a chart page got from the rewriting server (target ≥ 10×)`);
    }
  } finally {
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
