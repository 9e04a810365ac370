import { test, expect } from '@playwright/test';

/** Deterministic PRNG (mulberry32), so a failing input can be reproduced from the seed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = 20261125;
const COUNT = 2400;
const MARK = 'zzfuzz';

function inputs(): string[] {
  const r = random(SEED);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const bytes = (n: number) =>
    Array.from({ length: n }, () => `%${Math.floor(r() * 256).toString(16).padStart(2, '0')}`).join('');
  const paths = ['/', '/charts/trade', '/charts/casualties', '/charts/flows', '/embed/trade', '/embed/flows', '/charts/trade/image.png', '/charts/flows/image.png', '/charts/nope', '/embed/nope', '/charts/', '/charts/trade/image.png/x'];
  const keys = ['tab', 'scale', 'context', 'estimates', 'direction', 'highlight', 'theme', 'density', 'layout', 'variant', 'chart', '__proto__', 'constructor', `<${MARK}>`, 'a'.repeat(300)];
  const values = [
    'log', 'linear', 'on', 'off', 'dark', 'table', 'sources', 'nk-to-ru', 'munitions', '2', '4', '1e9', '-1', 'NaN', '0x10', 'preview', 'narrow',
    `%3C${MARK}%3E`, `%3Cscript%3Ealert(%22${MARK}%22)%3C%2Fscript%3E`, `%22%3E%3Cimg%20src%3Dx%20onerror%3D${MARK}%3E`, `javascript:${MARK}`,
    '%00', '%E0%A4%A', '%', '%%%', '..%2F..%2Fetc%2Fpasswd', '%C0%AE%C0%AE%2F',
  ];
  const traversal = ['/..%2F..%2Fetc%2Fpasswd', '/charts/..%2F..%2Fpackage.json', '/charts/%2e%2e/%2e%2e/etc/passwd', '/_next/..%2F..%2F.env', `/charts/%3C${MARK}%3E`, '/charts/trade%00', '/%2F%2Fevil.example', '/charts/trade/..;/x'];
  const out: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    const kind = i % 6;
    if (kind === 0) out.push(`${pick(paths)}?${bytes(1 + Math.floor(r() * 40))}=${bytes(Math.floor(r() * 40))}`);
    else if (kind === 1) out.push(`${pick(paths)}?${pick(keys)}=${pick(values)}${'x'.repeat(Math.floor(r() * 4000))}`);
    else if (kind === 2) {
      const n = 1 + Math.floor(r() * 12);
      out.push(`${pick(paths)}?${Array.from({ length: n }, () => `${pick(keys)}=${pick(values)}`).join('&')}`);
    } else if (kind === 3) out.push(`${pick(traversal)}?${pick(keys)}=${pick(values)}`);
    else if (kind === 4) out.push(`/${bytes(1 + Math.floor(r() * 30))}`);
    else out.push(`${pick(paths)}?${pick(keys)}=${pick(values)}&${pick(keys)}=${pick(values)}#${bytes(4)}`);
  }
  return out;
}

test(`fuzz: ${COUNT} generated paths and queries (seed ${SEED}) never give a 5xx or reflected markup`, async ({ request }) => {
  test.setTimeout(600_000);
  const list = inputs();
  expect(list.length).toBeGreaterThanOrEqual(2000);
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const url = list[next++];
      // Asked as a browser asks, compression and all (other methods are security.spec.ts's).
      const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false, headers: { accept: 'text/html,*/*;q=0.8', 'accept-encoding': 'gzip' } });
      if (response.status() >= 500) failures.push(`${response.status()} ${url.slice(0, 200)}`);
      const type = response.headers()['content-type'] ?? '';
      if (type.includes('html') || type.includes('text')) {
        const body = await response.text();
        if (new RegExp(`<${MARK}|<script>alert\\("${MARK}|<img src=x onerror=${MARK}`).test(body)) failures.push(`reflected markup: ${url.slice(0, 200)}`);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  expect(failures, failures.slice(0, 20).join('\n')).toEqual([]);

  // The server still answers normally afterwards.
  const home = await request.get('/');
  expect(home.status()).toBe(200);
  expect(await home.text()).toContain('data-frame="trade"');
  const image = await request.get('/charts/trade/image.png');
  expect(image.status()).toBe(200);
});
