import { createHash } from 'node:crypto';
import { test, expect, type Page } from '@playwright/test';
import { scriptsRun } from './fixtures';

// Prerendered (the dashboard, the 404 page of an unknown path) and rendered per request (charts, embeds, an unknown chart).
const pages = ['/', '/no-such-page', '/charts/trade/extra', '/charts/trade?scale=log', '/embed/flows', '/charts/no-such-chart'];

/** The policy's directives as name → sources. */
function directives(policy: string | undefined) {
  expect(policy, 'Content-Security-Policy header').toBeTruthy();
  return new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

/** A page's inline scripts as the browser's own HTML parser finds them, independent of the pattern the proxy hashes with. */
const inlineScripts = (page: Page, html: string) =>
  page.evaluate((source) =>
    [...new DOMParser().parseFromString(source, 'text/html').querySelectorAll('script:not([src])')]
      .map((script) => ({ nonce: script.getAttribute('nonce'), text: script.textContent ?? '' }))
      .filter((script) => script.text),
  html);

for (const path of pages) {
  test(`${path} sends the security headers and a policy with no other origin, no inline scripts without nonce or hash, no eval`, async ({ request }) => {
    // As a browser asks, so the page is the one the production server rewrites (scripts/server.ts).
    const response = await request.get(path, { headers: { accept: 'text/html' } });
    expect(response.status()).toBeLessThan(500);
    const headers = response.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['permissions-policy']).toContain('geolocation=()');
    const policy = directives(headers['content-security-policy']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src', 'connect-src', 'img-src', 'font-src'])
      for (const source of policy.get(name) ?? []) expect(source, `${name} ${source}`).toMatch(/^('self'|'nonce-[^']+'|'strict-dynamic'|'sha256-[^']+'|data:|blob:)$/);
  });
}

test('a page answers a browser with its framework deferred and compressed, and tells caches that it differs by Accept and Accept-Encoding', async ({ request }) => {
  for (const path of ['/', '/charts/trade?scale=log', '/charts/no-such-chart']) {
    const browser = await request.get(path, { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    const headers = browser.headers();
    expect(headers['content-encoding'], path).toBe('gzip');
    expect(headers['vary'].toLowerCase().split(/,\s*/), path).toEqual(expect.arrayContaining(['accept', 'accept-encoding']));
    // Next's strong ETag names the page as Next made it; the rewritten bytes may only claim a weak match.
    if (headers['etag']) expect(headers['etag'], path).toMatch(/^W\//);
    expect(await browser.text(), path).toContain('type="text/x-deferred"');
    const other = await request.get(path, { headers: { accept: '*/*' } });
    expect(await other.text(), path).not.toContain('type="text/x-deferred"');
  }
  // A browser revalidating its rewritten copy of a prerendered page is told it still holds the rewritten page.
  const { etag } = (await request.get('/', { headers: { accept: 'text/html' } })).headers();
  const again = await request.get('/', { headers: { accept: 'text/html', 'if-none-match': etag } });
  expect(again.status()).toBe(304);
  expect(again.headers()['etag']).toBe(etag);
  expect(again.headers()['vary'].toLowerCase().split(/,\s*/)).toEqual(expect.arrayContaining(['accept', 'accept-encoding']));
});

test('the dashboard is prerendered, and the policy allows each of its inline scripts by hash', async ({ request, page }) => {
  const [first, second] = [await request.get('/'), await request.get('/')];
  const html = await first.text();
  // A page rendered per request would carry a fresh nonce each time.
  expect(await second.text()).toBe(html);
  expect(html).not.toContain('nonce=');
  const scripts = await inlineScripts(page, html);
  expect(scripts.length).toBeGreaterThan(0);
  for (const response of [first, second]) {
    const allowed = directives(response.headers()['content-security-policy']).get('script-src')!;
    expect(allowed.filter((source) => source.startsWith("'nonce-") || source === "'strict-dynamic'")).toEqual([]);
    for (const { text } of scripts) expect(allowed).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  }
});

test('a chart page is rendered per request, every inline script carrying that response’s nonce', async ({ request, page }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get('/charts/casualties');
    const policy = directives(response.headers()['content-security-policy']);
    const nonce = policy.get('script-src')!.find((s) => s.startsWith("'nonce-"))!.slice(7, -1);
    const scripts = await inlineScripts(page, await response.text());
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script.nonce).toBe(nonce);
    expect(policy.get('script-src')).toContain("'strict-dynamic'");
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

for (const path of pages) {
  test(`${path}: the browser runs every script the page brings, the framework's once the reader moves, and refuses none`, async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
    );
    const frameworkDefined = () => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The inline data scripts ran (they define __next_f); the framework's files wait for the reader (lib/deferred-boot).
    expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
    expect(await frameworkDefined()).toBe('undefined');
    expect(await scriptsRun(page)).toBe(0);
    // The boot script itself ran (it listens for the reader), and what it loads is allowed: they define window.next.
    await page.mouse.move(10, 10);
    await expect.poll(frameworkDefined).toBe('string');
    expect(violations).toEqual([]);
  });
}
