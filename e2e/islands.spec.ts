import type { Page, Request } from '@playwright/test';
import { chartIds } from '../lib/chart-state';
import { test, expect, centreOnScreen, chartControl, menuOf, onPhone, siteOrigin, visit } from './fixtures';

/**
 * The browser runs only small islands over the server's drawings: each must answer the reader's
 * very first press once the page has hydrated, and none may bring charting code with it.
 */

const drawingRequests = (page: Page) => {
  const seen: string[] = [];
  const inFlight = new Set<Request>();
  page.on('request', (r) => {
    if (!r.url().includes('/drawings/')) return;
    seen.push(new URL(r.url()).pathname);
    inFlight.add(r);
  });
  const done = (r: Request) => inFlight.delete(r);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { seen, inFlight };
};

/** Resolves once the page's browser is idle: after the idle work the islands queued when they hydrated. */
const browserIdle = (page: Page) => page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 5000 })));

test('on a phone the very first tap on a trade bar, right after hydration, shows its value', async ({ browser, baseURL }) => {
  await onPhone(browser, baseURL, async (page) => {
    await visit(page, '/charts/trade');
    const { x, y } = await centreOnScreen(page.locator('.chart-layout-narrow .data-mark[data-year="2025"]'));
    await page.touchscreen.tap(x, y);
    const tooltip = page.locator('[data-frame="trade"] figure [data-tooltip]');
    await expect(tooltip).toHaveCount(1);
    await expect(tooltip).toContainText('2025: $52.9M');
    await expect(tooltip).toContainText('reported figure');
  });
});

for (const width of [768, 1280]) {
  test(`on a screen ${width}px wide the first hover over a bar, right after hydration, shows its value`, async ({ watched: page }) => {
    // At 768 px the wide drawing is scaled down to fit: the tooltip must still find the bar under the pointer.
    await page.setViewportSize({ width, height: 900 });
    await visit(page, '/');
    const bar = page.locator('[data-frame="trade"] .chart-layout-wide .data-mark[data-year="2022"]');
    await bar.hover();
    const tooltip = page.locator('[data-frame="trade"] [data-tooltip]');
    await expect(tooltip).toContainText('2022: $3.8M');
    await expect(tooltip).not.toContainText('2023');
    // Off the figure it closes.
    await page.mouse.move(1, 1);
    await expect(tooltip).toHaveCount(0);
  });
}

test('the first press of a control, right after hydration, redraws from the drawing fetched ahead: no request, never busy', async ({ watched: page }) => {
  const drawings = drawingRequests(page);
  await visit(page, '/charts/trade');
  // The reader reads for a moment: the states one press away are fetched while the browser is idle.
  await browserIdle(page);
  await expect.poll(() => drawings.inFlight.size).toBe(0);
  const figure = page.locator('figure[data-chart="trade"]');
  // Remembers whether the figure ever said it was waiting for a drawing.
  await figure.evaluate((f) =>
    new MutationObserver(() => f.getAttribute('aria-busy') === 'true' && (f.dataset.wasBusy = '')).observe(f, { attributeFilter: ['aria-busy'] }),
  );
  const wide = figure.locator('.chart-layout-wide');
  await expect(wide.locator('path.data-mark')).toHaveCount(6);
  const before = drawings.seen.length;

  await page.getByRole('button', { name: 'Log' }).click();
  await expect(wide.locator('svg[aria-label*="log scale"]')).toHaveCount(1);
  await expect(wide.getByText('$30M')).toBeVisible();
  // On the log scale each value is a dot, not a bar.
  await expect(wide.locator('circle.data-mark')).toHaveCount(6);
  await expect(wide.locator('path.data-mark')).toHaveCount(0);
  await expect(page).toHaveURL(/\/charts\/trade\?scale=log$/);
  expect(drawings.seen.slice(before).filter((path) => path.endsWith('/trade/log.on.json')), 'the pressed state’s drawing fetched at the press').toEqual([]);
  expect(await figure.getAttribute('data-was-busy'), 'the figure waited for its drawing').toBeNull();
});

test('the drawing the page was served with is kept: going back to its state fetches nothing, and shows it as served', async ({ watched: page }) => {
  const drawings = drawingRequests(page);
  await visit(page, '/charts/trade');
  const wide = page.locator('figure[data-chart="trade"] .chart-layout-wide');
  const served = await wide.innerHTML();
  await page.getByRole('button', { name: 'Log' }).click();
  await expect(wide.locator('circle.data-mark')).toHaveCount(6);
  // Idle after the press: the states one press from the log scale are fetched, all but the one served.
  await browserIdle(page);
  await expect.poll(() => drawings.inFlight.size).toBe(0);
  await page.getByRole('button', { name: 'Linear' }).click();
  await expect(wide.locator('path.data-mark')).toHaveCount(6);
  expect(drawings.seen.filter((path) => path.endsWith('/trade/linear.on.json'))).toEqual([]);
  expect(await wide.innerHTML()).toBe(served);
});

test('a state not fetched ahead is fetched at the press, the figure busy until it arrives', async ({ watched: page }) => {
  // The other half of the test above: what a press looks like without the drawing in hand, so that one can fail.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/drawings/**/trade/log.on.json', async (route) => {
    await held;
    await route.continue();
  });
  await visit(page, '/charts/trade');
  await page.getByRole('button', { name: 'Log' }).click();
  const figure = page.locator('figure[data-chart="trade"]');
  await expect(figure).toHaveAttribute('aria-busy', 'true');
  // The press is taken at once: the option and the address say so while the drawing is on its way.
  await expect(page.getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
  release();
  await expect(figure.locator('.chart-layout-wide svg[aria-label*="log scale"]')).toHaveCount(1);
  await expect(figure).not.toHaveAttribute('aria-busy');
});

// The first Intl formatter a page makes loads locale data: 20–30 ms of main thread, four times that on a
// phone, as one long task just after hydration. The islands format dates and numbers by hand.
test('loading a page and its islands uses none of Intl’s locale-aware formatters', async ({ watched: page }) => {
  await page.addInitScript(() => {
    const used: string[] = ((window as unknown as { intlCalls: string[] }).intlCalls = []);
    // The original behind a counter: constructors build the original's objects, statics stay reachable.
    const watch = <T extends object>(owner: T, name: keyof T & string) => {
      const original = owner[name] as unknown as (...args: unknown[]) => unknown;
      if (typeof original !== 'function') return;
      const counted = function (this: unknown, ...args: unknown[]) {
        used.push(name);
        return new.target ? Reflect.construct(original, args) : original.apply(this, args);
      };
      for (const key of Object.getOwnPropertyNames(original))
        if (!['length', 'name', 'arguments', 'caller'].includes(key)) Object.defineProperty(counted, key, Object.getOwnPropertyDescriptor(original, key)!);
      Object.defineProperty(owner, name, { value: counted, configurable: true, writable: true });
    };
    for (const name of ['toLocaleDateString', 'toLocaleString', 'toLocaleTimeString'] as const) watch(Date.prototype, name);
    watch(Number.prototype, 'toLocaleString');
    for (const name of ['localeCompare', 'toLocaleUpperCase', 'toLocaleLowerCase'] as const) watch(String.prototype, name);
    watch(Array.prototype, 'toLocaleString');
    for (const name of ['DateTimeFormat', 'NumberFormat', 'RelativeTimeFormat', 'PluralRules', 'Collator', 'ListFormat', 'Segmenter', 'DisplayNames'] as const)
      watch(Intl as unknown as Record<string, unknown>, name);
  });
  for (const path of ['/', '/charts/trade', '/embed/casualties']) {
    await visit(page, path);
    await browserIdle(page);
    expect(await page.evaluate(() => (window as unknown as { intlCalls: string[] }).intlCalls), path).toEqual([]);
  }
});

// A plain page: the refused drawing is a console error on purpose.
test('a press whose drawing cannot be fetched follows its link, and the server draws the view', async ({ page }) => {
  await page.route('**/drawings/**', (route) => route.abort());
  await visit(page, '/');
  await page.locator('[data-frame="trade"]').getByRole('button', { name: 'Log' }).click();
  // Never the old drawing under the new state's controls: the view the option names, from the server.
  await expect(page).toHaveURL(/\/charts\/trade\?scale=log$/);
  await expect(page.locator('.chart-layout-wide svg[aria-label*="log scale"]')).toHaveCount(1);
  await expect(page.locator('figure[data-chart="trade"]')).not.toHaveAttribute('aria-busy');
});

/** Charting code's fingerprints in a script file: Recharts' class names and d3's module names. */
const chartingMarkers = ['recharts-', 'd3-scale', 'd3-shape'];
/**
 * Sources that must never be bundled for the browser: the charting stack, the validation library, the font
 * reader the pictures measure text with (and the Node polyfills it drags in) and the data module.
 */
const serverOnly = /node_modules\/(recharts|d3-[a-z-]+|victory-vendor|lodash|zod|react-smooth|decimal\.js|opentype\.js|next\/dist\/compiled\/(buffer|path-browserify))\/|\[project\]\/data\/(?!vocabulary\.ts$)/;

test('no charting code reaches the browser: not at load, nor on hovers, presses on every chart, tabs, menus or downloads', async ({ watched: page }) => {
  test.setTimeout(120_000);
  // Read as they arrive: a page's response bodies are gone once it is left.
  const scripts: Promise<{ url: string; body: string }>[] = [];
  const late: string[] = [];
  let settled = false;
  page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(r.text().then((body) => ({ url: r.url(), body }))));
  // After the first load, nothing more of the app's code is fetched: no chunk is loaded lazily.
  page.on('request', (r) => settled && new URL(r.url()).pathname.startsWith('/_next/static/') && late.push(r.url()));
  const load = async (path: string) => {
    settled = false;
    await visit(page, path);
    await page.waitForLoadState('networkidle');
    settled = true;
  };

  await load('/');
  await page.locator('[data-frame="trade"] .chart-layout-wide .data-mark[data-year="2025"]').hover();
  await expect(page.locator('[data-tooltip]')).toContainText('$52.9M');
  const estimate = await centreOnScreen(page.locator('[data-frame="casualties"] .chart-layout-wide [data-id="troops-2025-04-30-nis"]'));
  await page.mouse.move(estimate.x, estimate.y);
  await expect(page.locator('[data-frame="casualties"] [data-tooltip]')).toContainText('about 15,000');
  for (const chart of chartIds) {
    const frame = page.locator(`[data-frame="${chart}"]`);
    const options = frame.locator(chartControl);
    for (let i = (await options.count()) - 1; i >= 0; i--) {
      // Some highlights cannot go with the direction just chosen.
      if ((await options.nth(i).getAttribute('aria-disabled')) === 'true') continue;
      await options.nth(i).click();
      await expect(options.nth(i)).toHaveAttribute('aria-pressed', 'true');
    }
    await expect(frame.locator('figure')).not.toHaveAttribute('aria-busy');
    await frame.getByRole('button', { name: /^Share: / }).click();
    await expect(frame.locator('[data-share-link]')).toBeVisible();
    await frame.getByRole('button', { name: /^Download: / }).click();
    for (const item of ['PNG 1×', 'CSV']) {
      if (!(await (await menuOf(frame.getByRole('button', { name: /^Download: / }))).isVisible())) await frame.getByRole('button', { name: /^Download: / }).click();
      await Promise.all([page.waitForEvent('download'), frame.getByRole('link', { name: item, exact: true }).click()]);
    }
  }
  await page.getByRole('radiogroup', { name: 'Theme' }).getByText('Dark', { exact: true }).click();

  await load('/charts/flows');
  for (const tab of ['Table', 'Sources', 'Chart']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }
  await page.locator('.chart-layout:visible .flow-item').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator('[data-tooltip]')).toBeVisible();

  expect(late, 'files fetched after the first load').toEqual([]);
  expect(scripts.length).toBeGreaterThan(0);
  let mapsRead = 0;
  for (const { url, body } of await Promise.all(scripts)) {
    for (const marker of chartingMarkers) expect(body.includes(marker), `${marker} in ${url}`).toBe(false);
    // The published source map names every module in the file, whatever the minifier left of their code.
    const map = body.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
    if (!map) continue;
    mapsRead++;
    const { sources = [], sections = [] } = await (await page.request.get(new URL(map, url).href)).json();
    const names: string[] = [...sources, ...sections.flatMap((s: { map: { sources: string[] } }) => s.map.sources)];
    expect(names.length, url).toBeGreaterThan(0);
    expect(names.filter((name) => serverOnly.test(name)), `server-only modules in ${url}`).toEqual([]);
  }
  // Without the maps the check above would pass by reading nothing.
  expect(mapsRead).toBeGreaterThan(0);
});

test('a menu opens from the first press, before the page’s scripts have run, and its files download', async ({ page }) => {
  // A plain page, not the watched one: the browser logs each refused script. The framework never arrives,
  // as on a slow phone's first seconds or a network that drops it.
  await page.route('**/_next/static/chunks/*.js', (route) => route.abort());
  await page.goto('/charts/trade?scale=log');
  const frame = page.locator('[data-frame="trade"]');
  const download = frame.getByRole('button', { name: /^Download: / });
  await download.click();
  const menu = await menuOf(download);
  await expect(menu).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('link', { name: 'PNG 2×', exact: true }).click()]);
  expect(file.suggestedFilename()).toMatch(/-log-light-wide@2x\.png$/);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  const share = frame.getByRole('button', { name: /^Share: / });
  await share.click();
  await expect((await menuOf(share)).locator('[data-share-link]')).toHaveValue(`${siteOrigin}/charts/trade?scale=log`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a chart page’s option is a link to its view, which the server draws', async ({ watched: page }) => {
    await page.goto('/charts/trade');
    await page.getByRole('button', { name: 'Log' }).click();
    await expect(page).toHaveURL(/\/charts\/trade\?scale=log$/);
    const wide = page.locator('.chart-layout-wide');
    await expect(wide.locator('svg[aria-label*="log scale"]')).toHaveCount(1);
    await expect(wide.locator('circle.data-mark')).toHaveCount(6);
    await expect(page.getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
    // And a tab is a link to the same view on that tab.
    await page.getByRole('tab', { name: 'Table' }).click();
    await expect(page).toHaveURL(/\/charts\/trade\?tab=table&scale=log$/);
    await expect(page.locator('[data-table="trade"] tbody tr')).toHaveCount(6);
  });

  test('the menus open: the view’s files download, and its link and citation are there to copy by hand', async ({ watched: page, request }) => {
    await page.goto('/charts/trade?scale=log&theme=dark');
    const frame = page.locator('[data-frame="trade"]');
    const download = frame.getByRole('button', { name: /^Download: / });
    await download.click();
    const menu = await menuOf(download);
    // Choosing a shape or a theme needs scripts: the files are the wide picture in the view's theme.
    await expect(menu.getByRole('group', { name: 'Picture shape' })).toBeHidden();
    const picture = await request.get((await menu.getByRole('link', { name: 'PNG 2×', exact: true }).getAttribute('href'))!);
    expect(picture.status()).toBe(200);
    expect(picture.headers()['content-disposition']).toMatch(/-log-dark-wide@2x\.png"$/);
    const data = await request.get((await menu.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href'))!);
    expect(data.headers()['content-type']).toMatch(/^text\/csv/);
    await page.keyboard.press('Escape');
    const share = frame.getByRole('button', { name: /^Share: / });
    await share.click();
    const shared = await menuOf(share);
    await expect(shared.locator('[data-share-link]')).toHaveValue(`${siteOrigin}/charts/trade?scale=log&theme=dark`);
    await expect(shared.locator('[data-share-cite]')).toHaveValue(/ \S+\/charts\/trade\?scale=log&theme=dark\.$/);
    await expect(shared.getByRole('button', { name: 'Copy link' })).toBeHidden();
  });

  test('the dashboard’s theme choice colours the page', async ({ watched: page }) => {
    await page.goto('/');
    const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    const choice = page.getByRole('radiogroup', { name: 'Theme' });
    await choice.getByText('Dark', { exact: true }).click();
    expect(await scheme()).toBe('dark');
    await choice.getByText('Light', { exact: true }).click();
    expect(await scheme()).toBe('light');
  });

  test('the dashboard’s option leads to the chart’s page in that state', async ({ watched: page }) => {
    await page.goto('/');
    await page.locator('[data-frame="trade"]').getByRole('button', { name: 'Log' }).click();
    await expect(page).toHaveURL(/\/charts\/trade\?scale=log$/);
    await expect(page.locator('h1')).toHaveText('Russia–North Korea trade, 2018–2025');
    await expect(page.locator('.chart-layout-wide svg[aria-label*="log scale"]')).toHaveCount(1);
  });
});
