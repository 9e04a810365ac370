/**
 * Load on the production server over loopback with autocannon, bounded in time: the dashboard,
 * a chart page and a chart image. Prints requests per second, p50 and p99 latency and errors.
 * Needs a production build. Run: npm run bench:load [seconds per route, default 10]
 */
import autocannon from 'autocannon';
import { freePort, startNext } from './server';

const seconds = Number(process.argv[2] ?? 10);
const routes = ['/', '/charts/trade?scale=log', '/charts/trade/image.png?scale=log&density=2'];

async function main() {
  const port = await freePort(3600);
  const server = await startNext(port);
  try {
    console.log(`autocannon, 10 connections, ${seconds} s a route, http://127.0.0.1:${port}`);
    console.log('route'.padEnd(48), 'req/s'.padStart(8), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'errors'.padStart(8), 'non-2xx'.padStart(8));
    for (const route of routes) {
      // As a browser asks: pages are rewritten and compressed only for a reader that takes HTML and gzip.
      const headers = { accept: 'text/html,*/*', 'accept-encoding': 'gzip' };
      const result = await autocannon({ url: `http://127.0.0.1:${port}${route}`, connections: 10, duration: seconds, headers });
      console.log(
        route.padEnd(48),
        result.requests.average.toFixed(0).padStart(8),
        String(result.latency.p50).padStart(8),
        String(result.latency.p99).padStart(8),
        String(result.errors + result.timeouts).padStart(8),
        String(result.non2xx).padStart(8),
      );
    }
  } finally {
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
