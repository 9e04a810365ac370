import { createHash } from 'node:crypto';
import { test, expect } from '@playwright/test';

const pages = ['/', '/charts/trade?scale=log', '/embed/flows', '/charts/no-such-chart', '/no-such-page'];

/** The policy's directives as name → sources. */
function directives(policy: string | undefined) {
  expect(policy, 'Content-Security-Policy header').toBeTruthy();
  return new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes, text]) => ({ attributes, text })).filter((s) => s.text);

for (const path of pages) {
  test(`${path} sends the security headers and a policy with no other origin, inline allowance or eval`, async ({ request }) => {
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
    for (const name of ['script-src', 'style-src', 'connect-src', 'img-src', 'font-src'])
      for (const source of policy.get(name) ?? []) expect(source, `${name} ${source}`).toMatch(/^('self'|'nonce-[^']+'|'sha256-[^']+'|data:|blob:)$/);
  });
}

test('the dashboard is prerendered, and the policy allows each of its inline scripts by hash', async ({ request }) => {
  const [first, second] = [await request.get('/'), await request.get('/')];
  const html = await first.text();
  // A page rendered per request would carry a fresh nonce each time.
  expect(await second.text()).toBe(html);
  expect(html).not.toContain('nonce=');
  const scripts = inlineScripts(html);
  expect(scripts.length).toBeGreaterThan(0);
  for (const response of [first, second]) {
    const allowed = directives(response.headers()['content-security-policy']).get('script-src')!;
    for (const { text } of scripts) expect(allowed).toContain(`'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  }
});

test('a chart page is rendered per request, every inline script carrying that response’s nonce', async ({ request }) => {
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get('/charts/casualties');
    const nonce = directives(response.headers()['content-security-policy']).get('script-src')!.find((s) => s.startsWith("'nonce-"))!.slice(7, -1);
    const scripts = inlineScripts(await response.text());
    expect(scripts.length).toBeGreaterThan(0);
    for (const { attributes } of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});
