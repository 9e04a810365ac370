import { test, expect } from '@playwright/test';

/** Links to views of every chart, each as a reader shares it, with the view the build prerendered for it. */
const views = [
  ['/charts/trade', '/charts/trade/chart.linear.on.system'],
  ['/charts/trade?scale=log', '/charts/trade/chart.log.on.system'],
  ['/charts/trade?tab=table&context=off&theme=dark', '/charts/trade/table.linear.off.dark'],
  ['/charts/casualties?estimates=off', '/charts/casualties/chart.off.system'],
  ['/charts/flows?direction=ru-to-nk&highlight=military-technology', '/charts/flows/chart.ru-to-nk.military-technology.system'],
  ['/embed/flows?direction=nk-to-ru', '/embed/flows/chart.nk-to-ru.all.system'],
  ['/embed/trade?scale=log&theme=light', '/embed/trade/chart.log.on.light'],
] as const;

test('every view is served from the page the build prerendered for it, fit for any cache for five minutes', async ({ request }) => {
  for (const [link] of views) {
    const response = await request.get(link, { maxRedirects: 0 });
    expect(response.status(), link).toBe(200);
    const headers = response.headers();
    // Next says so of a page it serves from its prerendered output; a page rendered for the request carries neither.
    expect(headers['x-nextjs-cache'], link).toBe('HIT');
    expect(headers['x-nextjs-prerender'], link).toMatch(/^1\b/);
    expect(headers['cache-control'], link).toBe('public, max-age=300');
  }
});

test('a prerendered view’s own path is not a link to share: it redirects, permanently, to the view’s link', async ({ request }) => {
  for (const [link, internal] of views) {
    const response = await request.get(internal, { maxRedirects: 0 });
    expect(response.status(), internal).toBe(308);
    expect(response.headers()['location'], internal).toBe(link);
    expect(response.headers()['cache-control'], internal).toBe('public, max-age=300');
  }
  // A path that is no view of the chart is the 404 page, not a redirect.
  for (const path of ['/charts/trade/chart.sideways.on.system', '/charts/trade/chart.log.on', '/embed/flows/chart.both.all']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test('a non-canonical link redirects, permanently, to the canonical one: capitals, defaults spelled out, keys out of order', async ({ request }) => {
  for (const [typed, canonical] of [
    ['/charts/trade?scale=LOG', '/charts/trade?scale=log'],
    ['/charts/trade?scale=linear&context=on&tab=chart', '/charts/trade'],
    ['/charts/trade?context=off&scale=log', '/charts/trade?scale=log&context=off'],
    ['/embed/trade?tab=table', '/embed/trade'],
    // In one step, however many of the path's and the query's parts are off.
    ['/Charts/Trade?SCALE=LOG', '/charts/trade?scale=log'],
    ['/charts/FLOWS?Direction=Both', '/charts/flows'],
    ['/EMBED/Trade/?scale=log', '/embed/trade?scale=log'],
  ]) {
    const response = await request.get(typed, { maxRedirects: 0 });
    expect(response.status(), typed).toBe(308);
    // Relative: the redirect names no host, so it is the same for every Host a request claims.
    expect(response.headers()['location'], typed).toBe(canonical);
    expect(response.headers()['cache-control'], typed).toBe('public, max-age=300');
  }
});

const evil = 'evil.example';

test('a request’s Host header never reaches a page, an embed, a redirect or an image', async ({ request }) => {
  for (const path of ['/charts/trade?scale=log', '/embed/trade?scale=log', '/', '/charts/TRADE?scale=log', '/charts/trade?scale=nope', '/charts/trade/data.json']) {
    const response = await request.get(path, { headers: { host: evil }, maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(400);
    expect(JSON.stringify(response.headers()), `${path}: headers`).not.toContain(evil);
    expect((await response.body()).toString('latin1'), `${path}: body`).not.toContain(evil);
  }
  for (const path of ['/charts/trade?scale=log', '/embed/trade?scale=log']) {
    const [asked, normal] = [await request.get(path, { headers: { host: evil } }), await request.get(path)];
    expect(await asked.text(), path).toBe(await normal.text());
  }
  // The picture carries the chart's link in its footer: the same bytes whoever's host is claimed.
  for (const file of ['image.png?scale=log&variant=preview', 'image.png?scale=log&density=2', 'image.svg?scale=log']) {
    const [asked, normal] = [await request.get(`/charts/trade/${file}`, { headers: { host: evil } }), await request.get(`/charts/trade/${file}`)];
    expect(asked.status(), file).toBe(200);
    expect(JSON.stringify(asked.headers()), file).not.toContain(evil);
    expect((await asked.body()).equals(await normal.body()), file).toBe(true);
  }
});

test('every file a page loads may be kept by a shared cache: its scripts, styles, fonts and icon, and the font files beside them', async ({ page, request }) => {
  const loaded: string[] = [];
  page.on('response', (r) => loaded.push(new URL(r.url()).pathname + new URL(r.url()).search));
  await page.goto('/charts/trade');
  await page.evaluate(() => document.fonts.ready);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const files = [...new Set([...loaded.filter((p) => p !== '/charts/trade'), icon!, '/icon.svg', '/fonts/inter-400.woff2', '/fonts/inter-700.ttf'])];
  expect(files.some((f) => f.endsWith('.woff2'))).toBe(true);
  for (const file of files) {
    const cacheControl = (await request.get(file)).headers()['cache-control'] ?? '';
    expect(cacheControl, file).toMatch(/^public, max-age=[1-9]/);
  }
});

test('a HEAD of a picture draws nothing and says what a GET would send, its size where it is known', async ({ request }) => {
  const svg = '/charts/flows/image.svg?direction=ru-to-nk';
  const head = await request.head(svg);
  expect(head.status()).toBe(200);
  expect(head.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
  expect(Number(head.headers()['content-length'])).toBe((await (await request.get(svg)).body()).length);
  // A PNG's size is known once it has been drawn.
  const png = '/charts/casualties/image.png?estimates=off&density=2&layout=narrow';
  const body = await (await request.get(png)).body();
  expect(Number((await request.head(png)).headers()['content-length'])).toBe(body.length);
});

test('every address has one name: a query on the dashboard, a trailing slash and capitals in a chart’s path redirect; the file routes’ own paths and other spellings of a file are not addresses', async ({ request }) => {
  for (const [typed, canonical, status] of [
    // The dashboard takes no settings: each junk query would be one more copy of it in a cache.
    ['/?utm_source=feed', '/', 307],
    // Its one setting, the theme, in its one spelling.
    ['/?theme=DARK', '/?theme=dark', 308],
    ['/?Theme=system', '/', 308],
    ['/?theme=dark&utm_source=feed', '/?theme=dark', 307],
    ['/?theme=neon', '/', 307],
    ['/charts/trade/', '/charts/trade', 308],
    // The list of the charts is the dashboard.
    ['/charts', '/', 308],
    ['/Charts/?scale=log', '/', 308],
    ['/embed/flows/?direction=nk-to-ru', '/embed/flows?direction=nk-to-ru', 308],
    ['/charts/Trade/data.csv', '/charts/trade/data.csv', 308],
    ['/charts/TRADE/image.png?scale=log', '/charts/trade/image.png?scale=log', 308],
    ['/Charts/trade?scale=log', '/charts/trade?scale=log', 308],
    ['/CHARTS/trade/data.csv', '/charts/trade/data.csv', 308],
    ['/Embed/flows', '/embed/flows', 308],
    // A file too: capitals, defaults spelled out, another order, keys it does not know.
    ['/charts/trade/image.png?SCALE=LOG', '/charts/trade/image.png?scale=log', 308],
    ['/charts/trade/image.png?density=1&layout=wide&theme=light', '/charts/trade/image.png', 308],
    ['/charts/trade/image.png?layout=narrow&scale=log', '/charts/trade/image.png?scale=log&layout=narrow', 308],
    ['/charts/flows/image.svg?x=1&%ZZ=1', '/charts/flows/image.svg', 308],
    ['/charts/trade/data.csv?utm_source=feed', '/charts/trade/data.csv', 308],
    // In one step, capitals in the path and the query alike.
    ['/CHARTS/Trade/image.png?SCALE=LOG&density=1', '/charts/trade/image.png?scale=log', 308],
    ['/Charts/trade/data.json?utm_source=feed', '/charts/trade/data.json', 308],
  ] as const) {
    const response = await request.get(typed, { maxRedirects: 0 });
    expect(response.status(), typed).toBe(status);
    expect(response.headers()['location'], typed).toBe(canonical);
    expect(response.headers()['cache-control'], typed).toBe('public, max-age=300');
    expect(response.headers()['x-content-type-options'], typed).toBe('nosniff');
  }
  // Next's rewrites match paths in any case: no other spelling of a file reaches its route.
  for (const path of ['/home/dark', '/home/system', '/api/chart-image?chart=trade&format=png', '/api/chart-data?chart=trade&format=csv', '/charts/trade/data.CSV', '/charts/trade/IMAGE.png', '/charts/%E0%A4%A/image.png', '/404', '/_not-found']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(response.headers()['cache-control'], path).toMatch(/no-store/);
  }
});

test('a reader’s cookies never reach an answer every reader shares: no Set-Cookie on a page, an embed, a picture or a data file', async ({ request }) => {
  // Next answers a preview cookie it cannot verify by clearing it, on whatever response it sends.
  const cookie = '__prerender_bypass=stale; __next_preview_data=stale';
  for (const path of ['/', '/charts/trade?scale=log', '/embed/trade', '/charts/trade/image.png', '/charts/trade/data.csv', '/drawings/none.json']) {
    const response = await request.get(path, { headers: { cookie }, maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
  }
});

test('conditional requests: a page that does not exist is a 404 whatever the condition; a picture’s ETag matches as HTTP compares it', async ({ request }) => {
  for (const path of ['/charts/no-such-chart', '/no-such-page', '/drawings/none.json'])
    expect((await request.get(path, { headers: { 'if-none-match': '*' }, maxRedirects: 0 })).status(), path).toBe(404);
  const etag = (await request.get('/charts/trade/image.svg')).headers()['etag'];
  expect(etag).toMatch(/^"[^"]+"$/);
  // A compressing proxy weakens an ETag; a cache may send several it holds.
  for (const condition of [etag, `W/${etag}`, `"other", ${etag}`, '*'])
    expect((await request.get('/charts/trade/image.svg', { headers: { 'if-none-match': condition } })).status(), condition).toBe(304);
  expect((await request.get('/charts/trade/image.svg', { headers: { 'if-none-match': '"other"' } })).status()).toBe(200);
});
