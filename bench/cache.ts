/**
 * Proven behind a real shared cache: nginx from Debian's packages (installed when missing) in front of
 * stock `next start`, configured as a CDN (bench/nginx.conf: key = path and query, our Cache-Control
 * honoured, nothing overridden), with a counting pass-through between them, so the requests that
 * reached the origin are counted on Next's side of the cache.
 * 1. Warm-up: every URL of the finite space through the cache once: the dashboard, every chart page and embed state,
 *    every picture the Download menu offers (both shapes, both themes, every density, PNG and SVG),
 *    every link preview, every drawing file.
 * 2. Replay: a skewed mix (three hot embeds take half; the rest follows Zipf's law) for a fixed count
 *    (REQUESTS, default 20000) with autocannon on loopback: origin hits must be 0.
 * 3. Throughput of the dashboard, a chart page and an embed through the cache against straight to next start, same run.
 * 4. A new build with different data (a copy of the project with one more row of facts): served from
 *    the cache until the page's lifetime ends (PAGE_MAX_AGE=5 for this part), then revalidated, and the
 *    page names the new build's image URL.
 * Needs a production build. Run: npm run bench:cache
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { layouts } from '../lib/chart-size';
import { chartIds, themeChoices, type ChartState } from '../lib/chart-state';
import { chartPath, dashboardPath, drawingKey, drawingUrl } from '../lib/chart-url';
import { densities, downloadPath, picturePath } from '../lib/export/export-choice';
import { themes } from '../lib/palette';
import { allStates, drawnStates } from '../lib/views';
import { freePort, root, startNext } from './server';

const replayCount = Number(process.env.REQUESTS ?? 20000);
const seconds = Number(process.env.SECONDS ?? 8);
const nginxBin = '/usr/sbin/nginx';

function ensureNginx() {
  if (fs.existsSync(nginxBin)) return;
  console.log('Installing Debian’s nginx…');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'nginx']);
}

/** A pass-through to the origin that counts what reaches it: the origin's own side of the cache. */
function countingProxy(origin: number) {
  const agent = new http.Agent({ keepAlive: true });
  const counter = { hits: 0, urls: new Map<string, number>(), origin };
  const server = http.createServer((req, res) => {
    counter.hits++;
    counter.urls.set(req.url!, (counter.urls.get(req.url!) ?? 0) + 1);
    const upstream = http.request({ host: '127.0.0.1', port: counter.origin, path: req.url, method: req.method, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return { server, counter };
}

async function startNginx(port: number, origin: number): Promise<{ child: ChildProcess; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  const config = fs.readFileSync(path.join(__dirname, 'nginx.conf'), 'utf8').replaceAll('{{dir}}', dir).replaceAll('{{port}}', String(port)).replaceAll('{{origin}}', String(origin));
  fs.writeFileSync(path.join(dir, 'nginx.conf'), config);
  // Unprivileged: as root, nginx runs as nobody, with its folder its own.
  const nobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  if ('uid' in nobody) execFileSync('chown', ['-R', '65534:65534', dir]);
  const child = spawn(nginxBin, ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'inherit'], ...nobody });
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}.`);
    try {
      await fetch(`http://127.0.0.1:${port}/icon.svg`);
      return { child, dir };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('nginx did not listen within 10 s.');
}

/** Every URL a reader, a page or a preview can ask for, once. */
function urlSpace(version: string): { pages: string[]; embeds: string[]; images: string[]; drawings: string[] } {
  const pages = [...themeChoices.map(dashboardPath), ...chartIds.flatMap((chart) => allStates(chart).map((s) => chartPath(chart, s)))];
  const embeds = chartIds.flatMap((chart) => allStates(chart).filter((s) => s.tab === 'chart').map((s) => chartPath(chart, s, '/embed')));
  const images = chartIds.flatMap((chart) => {
    // What the Download menu offers: both shapes and themes, each density, and the SVG.
    const downloads = drawnStates(chart).flatMap((state) =>
      themes.flatMap((theme) =>
        layouts.flatMap((layout) => {
          const s = { ...state, theme } as ChartState;
          return [...densities.map((density) => downloadPath(chart, s, { format: 'png', density }, layout, version)), downloadPath(chart, s, { format: 'svg' }, layout, version)];
        }),
      ),
    );
    // The link preview every page names: a light view's is the system view's (lib/export/export-choice picturePath).
    const previews = allStates(chart).filter((s) => s.tab === 'chart').map((s) => picturePath(chart, s, { format: 'png', density: 1, layout: 'wide', preview: true }, version));
    return [...downloads, ...new Set(previews)];
  });
  const drawings = chartIds.flatMap((chart) => drawnStates(chart).map((s) => drawingUrl(version, chart, drawingKey(chart, s))));
  return { pages, embeds, images, drawings };
}

/** A skewed mix: three hot embeds take half the requests; every other URL gets a share falling as 1/rank. */
function skewedPicker(hot: string[], tail: string[]) {
  const weights = tail.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative = weights.map(((sum) => (w: number) => (sum += w / total))(0));
  return (random: number) => {
    if (random < 0.5) return hot[Math.floor(random * 2 * hot.length)];
    const r = (random - 0.5) * 2;
    return tail[Math.min(tail.length - 1, cumulative.findIndex((c) => c >= r))];
  };
}

async function load(port: number, route: string) {
  const result = await autocannon({ url: `http://127.0.0.1:${port}${route}`, connections: 10, duration: seconds, headers: { accept: 'text/html,*/*', 'accept-encoding': 'gzip' } });
  return { rate: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

/** A copy of the project (its packages hard-linked) with one more row of facts, built: a new build with different data. */
function buildWithNewRow(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-build-'));
  const skip = /^(node_modules|\.next|\.generated|test-results|playwright-report)$|^public\/drawings$/;
  fs.cpSync(root, dir, { recursive: true, filter: (src) => !skip.test(path.relative(root, src)) });
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  const append = (file: string, fixture: string) => fs.appendFileSync(path.join(dir, 'data', file), fs.readFileSync(path.join(root, 'test', 'fixtures', 'new-estimate', fixture)));
  append('parties.csv', 'party.csv');
  append('other-sources.csv', 'row.csv');
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return dir;
}

/** The image URL a page names as its link preview. */
const previewOf = (html: string) => html.match(/<meta property="og:image" content="([^"]+)"/)?.[1].replace(/^https?:\/\/[^/]+/, '').replaceAll('&amp;', '&') ?? '';

async function main() {
  ensureNginx();
  const { version } = JSON.parse(fs.readFileSync(path.join(root, '.generated', 'drawings.json'), 'utf8')) as { version: string };
  const [nextPort, countPort, cachePort] = [await freePort(3660), await freePort(3670), await freePort(3680)];
  const next = await startNext(nextPort);
  const { server: counting, counter } = countingProxy(nextPort);
  await new Promise<void>((resolve) => counting.listen(countPort, '127.0.0.1', resolve));
  const nginx = await startNginx(cachePort, countPort);
  // Only what readers ask for counts, not the check that nginx is up.
  counter.hits = 0;
  counter.urls.clear();
  const cached = (url: string) => fetch(`http://127.0.0.1:${cachePort}${url}`, { headers: { 'accept-encoding': 'gzip' }, redirect: 'manual' });
  try {
    const space = urlSpace(version);
    const all = [...space.pages, ...space.embeds, ...space.images, ...space.drawings];
    console.log(`${spawnSync(nginxBin, ['-v'], { encoding: 'utf8' }).stderr.trim().replace('nginx version: ', '')} in front of next start (build ${version})`);
    // 1. Warm-up, a few at a time as readers would arrive.
    let bad = 0;
    const queue = [...all];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let url = queue.shift(); url; url = queue.shift()) {
          const response = await cached(url);
          await response.arrayBuffer();
          if (response.status !== 200) bad++;
        }
      }),
    );
    const warmOrigin = counter.hits;
    const revisited = [...counter.urls.values()].filter((n) => n > 1).length;
    console.log(`warm-up: ${all.length} URLs (${space.pages.length} pages: the dashboard and every chart view, ${space.embeds.length} embeds, ${space.images.length} pictures and previews, ${space.drawings.length} drawings), ${bad} not 200; origin asked ${warmOrigin} times, ${revisited} URLs more than once`);

    // 2. Replay a skewed mix through the cache.
    counter.hits = 0;
    counter.urls.clear();
    const hot = space.embeds.filter((u) => chartIds.some((c) => u === `/embed/${c}` || u === `/embed/${c}?theme=light`)).slice(0, 3);
    const pick = skewedPicker(hot, all.filter((u) => !hot.includes(u)));
    const asked = new Set<string>();
    const replay = await autocannon({
      url: `http://127.0.0.1:${cachePort}`,
      connections: 10,
      amount: replayCount,
      headers: { accept: 'text/html,*/*', 'accept-encoding': 'gzip' },
      requests: [
        {
          setupRequest: (request) => {
            const url = pick(Math.random());
            asked.add(url);
            return { ...request, path: url };
          },
        },
      ],
    });
    const log = fs.readFileSync(path.join(nginx.dir, 'access.log'), 'utf8').trim().split('\n').slice(-replay.requests.total);
    const hits = log.filter((line) => line.startsWith('HIT ')).length;
    console.log('');
    console.log('replay through the cache');
    console.log(`  requests sent           ${replay.requests.total}`);
    console.log(`  distinct URLs           ${asked.size}`);
    console.log(`  reached the origin      ${counter.hits} (target 0)`);
    console.log(`  hit ratio               ${((100 * hits) / log.length).toFixed(2)}% (target ≥ 99.9%)`);
    console.log(`  req/s, p50, p99         ${(replay.requests.total / replay.duration).toFixed(0)}, ${replay.latency.p50} ms, ${replay.latency.p99} ms`);
    console.log(`  errors                  ${replay.errors + replay.timeouts + replay.non2xx} (target 0)`);

    // 3. The dashboard, one chart page and one embed, through the cache and straight to the origin.
    console.log('');
    console.log('route'.padEnd(34), 'cache req/s'.padStart(12), 'p50/p99 ms'.padStart(11), 'origin req/s'.padStart(13), 'p50/p99 ms'.padStart(11), 'cache ÷ origin'.padStart(15), 'errors'.padStart(7));
    for (const route of ['/', '/charts/trade?scale=log', '/embed/trade?scale=log']) {
      const through = await load(cachePort, route);
      const direct = await load(nextPort, route);
      console.log(
        route.padEnd(34),
        through.rate.toFixed(0).padStart(12),
        `${through.p50}/${through.p99}`.padStart(11),
        direct.rate.toFixed(0).padStart(13),
        `${direct.p50}/${direct.p99}`.padStart(11),
        `${(through.rate / direct.rate).toFixed(1)}×`.padStart(15),
        String(through.errors + direct.errors).padStart(7),
      );
    }
    console.log('target: through the cache ≥ 5× straight to the origin, 0 errors; a chart page and an embed ≥ 10× the 71 req/s a chart page got from the rewriting server of issue 15');

    // 4. A new build with different data, behind a fresh cache, pages living 5 s.
    console.log('');
    console.log('a new build with different data (one more row of facts), pages living 5 s');
    const buildB = buildWithNewRow();
    next.kill();
    const short = { PAGE_MAX_AGE: '5' };
    const [portA, portB, freshPort] = [await freePort(3690), await freePort(3700), await freePort(3710)];
    const originA = await startNext(portA, root, short);
    const originB = await startNext(portB, buildB, short);
    counter.origin = portA;
    const fresh = await startNginx(freshPort, countPort);
    const page = async (label: string) => {
      const response = await fetch(`http://127.0.0.1:${freshPort}/charts/casualties`);
      const html = await response.text();
      const image = previewOf(html);
      const picture = await fetch(`http://127.0.0.1:${freshPort}${image}`);
      console.log(`  ${label.padEnd(44)} page ${response.headers.get('x-cache')?.padEnd(7)} names ${image.replace(/.*[?&]v=/, 'v=')} (${picture.headers.get('x-cache')}), new row ${html.includes('killed-2025-11-01-test') ? 'shown' : 'not shown'}`);
    };
    try {
      await page('build A, first request');
      counter.origin = portB;
      await page('build B deployed, within the lifetime');
      await new Promise((r) => setTimeout(r, 6000));
      await page('6 s later: lifetime over, revalidated');
      await page('again');
    } finally {
      fresh.child.kill();
      originA.kill();
      originB.kill();
      fs.rmSync(buildB, { recursive: true, force: true });
    }
  } finally {
    nginx.child.kill();
    counting.close();
    next.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
