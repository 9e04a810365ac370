import { createHash } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { test, expect, type Page } from '@playwright/test';
import { hydrated } from './fixtures';

// The dashboard, a chart page, an embed, and the 404 page as an unknown path, view, chart and file get it.
const pages = [
  '/',
  '/no-such-page',
  '/charts/trade/extra',
  '/charts/trade?scale=log',
  '/embed/flows',
  '/charts/no-such-chart',
  '/embed/no-such-chart',
  '/charts/trade/image.jpg',
  '/charts/trade/image.png/extra',
  '/drawings/no-such-build/trade.json',
  '/fonts/no-such-font.woff2',
];
/** The pages that run scripts of their own beside the framework's, one of each kind. */
const scripted = ['/', '/?theme=dark', '/charts/trade?scale=log', '/embed/flows?direction=ru-to-nk'];

/** The policy's directives as name → sources. */
function directives(policy: string | undefined) {
  expect(policy, 'Content-Security-Policy header').toBeTruthy();
  return new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

/** A page's inline scripts as the browser's own HTML parser finds them, independent of the pattern the proxy hashes with. */
const inlineScripts = (page: Page, html: string) =>
  page.evaluate(
    (source) =>
      [...new DOMParser().parseFromString(source, 'text/html').querySelectorAll('script:not([src])')]
        .map((script) => ({ nonce: script.getAttribute('nonce'), text: script.textContent ?? '' }))
        .filter((script) => script.text),
    html,
  );

for (const path of pages) {
  test(`${path} sends the security headers and a policy of this origin and hashes only: no nonce, no inline script unnamed, no eval`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBeLessThan(500);
    const headers = response.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['permissions-policy']).toContain('geolocation=()');
    const policy = directives(headers['content-security-policy']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src', 'connect-src', 'img-src', 'font-src'])
      for (const source of policy.get(name) ?? []) expect(source, `${name} ${source}`).toMatch(/^('self'|'sha256-[^']+'|data:|blob:)$/);
  });
}

for (const path of scripted) {
  test(`${path}: the same bytes for everyone, fit for a shared cache, and the policy names each of its inline scripts by hash`, async ({ request, page }) => {
    const [first, second] = [await request.get(path), await request.get(path)];
    const html = await first.text();
    // Built once: a page rendered per request would differ (a fresh nonce, a timestamp).
    expect(await second.text(), 'the second response').toBe(html);
    expect(html).not.toMatch(/<[^>]+\snonce=/);
    const scripts = await inlineScripts(page, html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const response of [first, second]) {
      const headers = response.headers();
      expect(headers['cache-control']).toBe('public, max-age=300');
      // One answer for every kind of request: no Vary on Accept splitting the cache.
      expect((headers['vary'] ?? '').toLowerCase().split(/,\s*/)).not.toContain('accept');
      const allowed = directives(headers['content-security-policy']).get('script-src')!;
      expect(allowed.filter((source) => source.startsWith("'nonce-") || source === "'strict-dynamic'" || source === "'unsafe-inline'")).toEqual([]);
      for (const { text, nonce } of scripts) {
        expect(nonce).toBeNull();
        expect(allowed, text.slice(0, 80)).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
      }
    }
  });
}

test('embeds may be framed anywhere, every other page nowhere', async ({ request }) => {
  for (const path of pages) {
    const frameAncestors = directives((await request.get(path)).headers()['content-security-policy']).get('frame-ancestors');
    expect(frameAncestors, path).toEqual(path.startsWith('/embed/') ? ['*'] : ["'none'"]);
  }
});

for (const path of pages) {
  test(`${path}: the browser runs every script the page brings and refuses none`, async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
    );
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(path);
    // The inline data scripts ran (they define __next_f), and so did the framework's files: React hydrated the page.
    expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('a page is asked for with GET or HEAD only; other methods get 405, never a server error', async ({ request }) => {
  for (const path of ['/', '/charts/trade?scale=log', '/embed/trade', '/charts/trade/image.png', '/charts/trade/data.csv', '/icon.svg', '/fonts/inter-400.ttf', '/drawings/none.json'])
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()['allow'], `${method} ${path}`).toBe('GET, HEAD');
      expect(response.headers()['cache-control'], `${method} ${path}`).toBe('no-store');
    }
  const head = await request.head('/charts/trade?scale=log');
  expect(head.status()).toBe(200);
});

/** A request with its target exactly as given, which no browser or fetch would send. */
const rawRequest = (baseURL: string, method: string, target: string) =>
  new Promise<{ status: number; location?: string; allow?: string; cacheControl?: string }>((resolve, reject) => {
    const { hostname, port } = new URL(baseURL);
    http
      .request({ host: hostname, port, method, path: target }, (res) => {
        res.resume();
        resolve({ status: res.statusCode!, location: res.headers.location, allow: res.headers.allow, cacheControl: res.headers['cache-control'] });
      })
      .on('error', reject)
      .end();
  });

test('a full address or `*` as the request target gets neither a redirect to another site nor a server error', async ({ baseURL }) => {
  // The full address is read as its path: the view itself, as a request for /charts/trade?scale=log gets it.
  expect(await rawRequest(baseURL!, 'GET', 'http://evil.example/charts/trade?scale=log')).toMatchObject({ status: 200, location: undefined });
  expect(await rawRequest(baseURL!, 'GET', 'http://evil.example/Charts/Trade')).toMatchObject({ status: 308, location: '/charts/trade' });
  expect(await rawRequest(baseURL!, 'OPTIONS', '*')).toMatchObject({ status: 204, allow: 'GET, HEAD' });
  expect((await rawRequest(baseURL!, 'GET', '*')).status).toBe(400);
  // Other spellings of a view's address, which would each be one more copy of it in a cache, go to the one.
  expect(await rawRequest(baseURL!, 'GET', '/charts/../charts/trade?scale=log')).toMatchObject({ status: 308, location: '/charts/trade?scale=log' });
  expect(await rawRequest(baseURL!, 'GET', '/charts/trade?')).toMatchObject({ status: 308, location: '/charts/trade' });
  expect(await rawRequest(baseURL!, 'GET', '/charts//trade')).toMatchObject({ status: 308, location: '/charts/trade', cacheControl: 'public, max-age=300' });
});

test('Next’s image optimiser, which the site does not use, answers 404: no second address for a picture, no resizing on demand', async ({ request }) => {
  for (const path of ['/_next/image?url=/charts/trade/image.png&w=3840&q=75', '/_next/image/?url=/charts/trade/image.png&w=3840&q=75']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['cache-control'], path).toBe('no-store');
  }
});

/** The first bytes the server writes back to bytes sent as they are, or what it wrote before closing; a failure after 3 s of silence. */
const firstAnswer = (baseURL: string, bytes: string) =>
  new Promise<string>((resolve, reject) => {
    const { hostname, port } = new URL(baseURL);
    const socket = net.connect(Number(port), hostname, () => socket.write(bytes));
    socket.on('data', (d) => {
      resolve(String(d));
      socket.destroy();
    });
    socket.on('close', () => resolve(''));
    socket.on('error', reject);
    socket.setTimeout(3000, () => socket.destroy(new Error('no answer in 3 s')));
  });

test('an upgrade, a body that never comes, or a body on a file route gets an answer at once, never a connection left open', async ({ baseURL, request }) => {
  // The site has no websockets; left to Next, an upgrade no route takes keeps its connection open for good.
  for (const target of ['/nope', '/charts/Trade', '/charts/trade', '/_next/static/x'])
    expect(await firstAnswer(baseURL!, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`), target).toMatch(/^HTTP\/1\.1 400 /);
  // A POST is refused before its body is read; the file routes never read a GET's body.
  expect(await firstAnswer(baseURL!, 'POST /charts/trade HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhello')).toMatch(/^HTTP\/1\.1 405 /);
  for (const file of ['/charts/trade/data.csv', '/charts/trade/image.svg'])
    expect(await firstAnswer(baseURL!, `GET ${file} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhello`), file).toMatch(/^HTTP\/1\.1 (200|308) /);
  const withJson = await request.get('/charts/trade/data.csv', { headers: { 'Content-Type': 'application/json' }, data: '{bad' });
  expect(withJson.status()).toBe(200);
  // Next's own files: another method gets the site's plain 405, not Next's error page without a policy.
  const chunk = (await (await request.get('/')).text()).match(/\/_next\/static\/chunks\/[^"]+\.js/)![0];
  const posted = await request.post(chunk);
  expect(posted.status()).toBe(405);
  expect(posted.headers()['content-type']).toMatch(/^text\/plain/);
  expect(posted.headers()['cache-control']).toBe('no-store');
});

test('an embed of an unknown chart shows the 404 page inside its frame, where its links lead out', async ({ request }) => {
  const response = await request.get('/embed/no-such-chart');
  expect(response.status()).toBe(404);
  expect(directives(response.headers()['content-security-policy']).get('frame-ancestors')).toEqual(['*']);
  expect(response.headers()['x-frame-options']).toBeUndefined();
  expect(await response.text()).toContain('data-chart-list');
  // Elsewhere the 404 page refuses framing, as every page but an embed does.
  expect(directives((await request.get('/charts/no-such-chart')).headers()['content-security-policy']).get('frame-ancestors')).toEqual(["'none'"]);
});

test('a request for a page’s RSC payload gets a 400 no cache keeps, not a redirect a cache would serve to everyone', async ({ request }) => {
  for (const path of ['/', '/charts/trade?scale=log', '/embed/flows'])
    for (const header of ['rsc', 'next-router-prefetch']) {
      const response = await request.get(path, { headers: { [header]: '1' }, maxRedirects: 0 });
      expect(response.status(), `${header} ${path}`).toBe(400);
      expect(response.headers()['cache-control'], `${header} ${path}`).toBe('no-store');
    }
});
