import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, test as base, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../playwright.config';
import { test, expect, chartControl, hydrated, menuOf, servedHere, siteOrigin, visit } from './fixtures';
import { decodePng, meanDiff } from './png';
import { embedMaxWidth } from '../lib/embed';
import { chartIds as charts } from '../lib/chart-state';
import { formatDay } from '../lib/format';

/** The view as the page shows it: every pressed control and the selected tab. */
async function viewState(page: Page) {
  const pressed = await page
    .locator(`${chartControl}[aria-pressed="true"]`)
    .evaluateAll((buttons) => buttons.map((b) => `${b.getAttribute('data-control')}=${b.getAttribute('data-value')}`).sort());
  const tab = await page.locator('[role="tab"][aria-selected="true"]').getAttribute('data-tab');
  return { pressed, tab };
}

async function frameShot(page: Page) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => document.fonts.ready);
  return decodePng(await page.locator('[data-frame]').screenshot({ animations: 'disabled' }));
}

for (const chart of charts) {
  test(`${chart}: every control goes into the link, and the link restores the view`, async ({ watched: page, browser, baseURL }) => {
    await visit(page, `/charts/${chart}`);
    const controls = await page.locator(chartControl).evaluateAll((bs) => [...new Set(bs.map((b) => b.getAttribute('data-control')!))]);
    expect(controls.length).toBeGreaterThan(1);
    const historyLength = await page.evaluate(() => history.length);
    // Click through every option of every control that the view offers, ending on the last (non-default) option.
    for (const control of controls) {
      const options = page.locator(chartControl).and(page.locator(`[data-control="${control}"]`));
      for (let i = 1; i < (await options.count()); i++) if ((await options.nth(i).getAttribute('aria-disabled')) !== 'true') await options.nth(i).click();
      await expect(page).toHaveURL(new RegExp(`[?&]${control}=`));
    }
    await page.getByRole('tab', { name: 'Table' }).click();
    await page.getByRole('tab', { name: 'Chart' }).click();
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    await page.getByRole('button', { name: /^Share: / }).click();
    const link = await page.locator('[data-share-link]').inputValue();
    // The site's public address, whichever address this copy was reached at.
    expect(link).toBe(siteOrigin + new URL(page.url()).pathname + new URL(page.url()).search);
    await page.keyboard.press('Escape');
    const before = await viewState(page);
    const shot = await frameShot(page);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(servedHere(link, baseURL));
    expect(await viewState(other)).toEqual(before);
    // Same view, same pixels, give or take antialiasing; another state of the chart differs by far more.
    const again = await frameShot(other);
    expect([again.width, again.height]).toEqual([shot.width, shot.height]);
    expect(meanDiff(again, shot)).toBeLessThan(0.5);
    await fresh.close();

    await page.reload();
    expect(await viewState(page)).toEqual(before);
  });
}

test('the plain link is the default view and the table and sources tabs show the data', async ({ watched: page }) => {
  await visit(page, '/charts/trade?tab=table');
  await expect(page.locator('#trade-panel-chart')).toBeHidden();
  await expect(page.locator('[data-table="trade"] tbody tr')).toHaveCount(6);
  await expect(page.locator('[data-table="trade"]')).toContainText('International Trade Centre');
  await page.getByRole('tab', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/tab=sources/);
  await expect(page.locator('[data-derivation="trade-growth"]')).toContainText('×13.9');
  await expect(page.locator('#trade-panel-sources')).toBeVisible();
  await expect(page.locator('#trade-panel-table')).toBeHidden();
  await page.getByRole('tab', { name: 'Chart' }).click();
  await expect(page).toHaveURL(/\/charts\/trade$/);
  // Every panel came in the page: the chart shows its drawing at once, with no wait.
  const figure = page.locator('#trade-panel-chart figure[data-chart="trade"]');
  await expect(figure).toBeVisible();
  await expect(figure).not.toHaveAttribute('aria-busy');
  await expect(figure.locator('.chart-layout-wide .data-mark')).toHaveCount(6);
  await expect(page.locator('#trade-panel-sources')).toBeHidden();
});

test('arrow keys move between the tabs, wrapping around, Home and End jump to the ends, and the URL follows', async ({ watched: page }) => {
  await visit(page, '/charts/flows');
  await page.getByRole('tab', { name: 'Chart' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Table' })).toBeFocused();
  await expect(page).toHaveURL(/\/charts\/flows\?tab=table$/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Sources' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Sources' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/\/charts\/flows\?tab=sources$/);
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Chart' })).toBeFocused();
  await expect(page).toHaveURL(/\/charts\/flows$/);
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Sources' })).toBeFocused();
  await expect(page).toHaveURL(/\/charts\/flows\?tab=sources$/);
  // A key held with a modifier is the browser's (Alt+← is Back), and ↑ ↓ are not the tabs' (they lie in a row).
  for (const key of ['Shift+ArrowRight', 'Control+Home', 'ArrowDown']) {
    await page.keyboard.press(key);
    await expect(page.getByRole('tab', { name: 'Sources' }), key).toHaveAttribute('aria-selected', 'true');
  }
});

test('the share menu works by keyboard and confirms the copy to screen readers', async ({ watched: page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await visit(page, '/charts/flows?direction=ru-to-nk');
  const share = page.getByRole('button', { name: /^Share: / });
  await share.focus();
  await page.keyboard.press('Enter');
  const menu = await menuOf(share);
  await expect(menu).toBeVisible();
  await page.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-share-status]')).toHaveText('Link copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteOrigin}/charts/flows?direction=ru-to-nk`);
  await expect(page.locator('[data-share-embed]')).toHaveValue(
    new RegExp(`^<iframe src="${siteOrigin}/embed/flows\\?direction=ru-to-nk&amp;theme=light" title="[^"]+" width="100%" height="\\d+"`),
  );
  // A confirmation is about what was copied: changing the embed's theme changes the code, and it goes.
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText('Embed code copied to the clipboard.');
  await page.getByRole('group', { name: 'Embed theme' }).getByRole('button', { name: 'Dark' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText('');
  await page.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(share).toBeFocused();
});

test('the embed’s theme starts as the one on screen, the reader’s choice or the system’s', async ({ watched: page }) => {
  const embedTheme = () => page.getByRole('group', { name: 'Embed theme' }).locator('[aria-pressed="true"]');
  await visit(page, '/charts/trade?theme=dark');
  await page.getByRole('button', { name: /^Share: / }).click();
  await expect(embedTheme()).toHaveText('Dark');
  await expect(page.locator('[data-share-embed]')).toHaveValue(/theme=dark/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await visit(page, '/charts/trade');
  await page.getByRole('button', { name: /^Share: / }).click();
  await expect(embedTheme()).toHaveText('Dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await visit(page, '/charts/trade');
  await page.getByRole('button', { name: /^Share: / }).click();
  await expect(embedTheme()).toHaveText('Light');
});

test('the share menu gives a citation of the view: site, chart, which data, its link and the day', async ({ watched: page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { dataVersion } = await (await page.request.get('/charts/trade/data.json')).json();
  await visit(page, '/charts/trade?scale=log');
  await page.getByRole('button', { name: /^Share: / }).click();
  // The site's own way of writing a day ("7 Sep 2026"; Intl's en-GB says "Sept"), of the browser's date.
  const day = formatDay(await page.evaluate(() => `${new Date().getFullYear()}-${new Date().getMonth() + 1}-${new Date().getDate()}`));
  const citation = page.getByLabel('Cite this view');
  await expect(citation).toHaveValue(
    new RegExp(`^Moscow–Pyongyang in numbers, “Russia–North Korea trade, 2018–2025”\\. Data ${dataVersion}, figures as of \\d{1,2} \\w{3} \\d{4}\\. http://[^ ]+/charts/trade\\?scale=log \\(accessed ${day}\\)\\.$`),
  );
  await page.getByRole('button', { name: 'Copy citation' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText('Citation copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await citation.inputValue());
});

test('an embed snippet frames its state’s whole chart, without a scrollbar or a band of blank', async ({ watched: page, baseURL }) => {
  // Every state that changes the drawing's height, and one that does not.
  for (const view of ['/charts/trade?scale=log', '/charts/trade?context=off', '/charts/casualties', '/charts/casualties?estimates=off', '/charts/flows', '/charts/flows?direction=ru-to-nk', '/charts/flows?direction=nk-to-ru']) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await visit(page, view);
    await page.getByRole('button', { name: /^Share: / }).click();
    const snippet = await page.locator('[data-share-embed]').inputValue();
    const [, src, height, maxWidth] = snippet.match(/src="([^"]+)".* height="(\d+)" style="border:0;max-width:(\d+)px"/) ?? [];
    expect(src, snippet).toBeTruthy();
    await page.setViewportSize({ width: Number(maxWidth), height: Number(height) });
    await page.goto(servedHere(src.replace(/&amp;/g, '&'), baseURL));
    const { scroll, content } = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const bottom = Math.max(...[...main.children].map((c) => c.getBoundingClientRect().bottom));
      return { scroll: document.documentElement.scrollHeight, content: bottom + parseFloat(getComputedStyle(main).paddingBottom) };
    });
    expect(scroll, `${view}: the frame scrolls`).toBeLessThanOrEqual(Number(height));
    // The words' height is estimated on the server: it may err long, by up to a short line a paragraph, never short.
    expect(Number(height) - content, `${view}: blank below the chart`).toBeLessThanOrEqual(64);
  }
});

test('an embed opened in a wide window keeps the width it is drawn for, so its chart’s words stay smaller than its title', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/embed/trade');
  const sizes = await page.evaluate(() => {
    const size = (el: Element) => el.getBoundingClientRect().height;
    const label = document.querySelector('.chart-layout-wide .recharts-cartesian-axis-tick text')!;
    return { main: document.querySelector('main')!.getBoundingClientRect().width, title: size(document.querySelector('h1')!), label: size(label) };
  });
  expect(sizes.main).toBeLessThanOrEqual(embedMaxWidth);
  expect(sizes.label).toBeLessThan(sizes.title);
});

test('the dashboard’s Share gives each chart’s link in its current state', async ({ watched: page }) => {
  await visit(page, '/');
  const frame = page.locator('[data-frame="trade"]');
  await frame.getByRole('button', { name: 'Log' }).click();
  await frame.getByRole('button', { name: /^Share: / }).click();
  await expect(frame.locator('[data-share-link]')).toHaveValue(/\/charts\/trade\?scale=log$/);
});

test('the dashboard’s theme choice colours the page and travels in every chart’s link', async ({ watched: page }) => {
  await visit(page, '/');
  const choice = page.getByRole('radiogroup', { name: 'Theme' });
  await expect(choice).toHaveCount(1);
  await expect(choice.getByRole('radio', { name: 'System' })).toBeChecked();
  const background = () => page.locator('main').evaluate((m) => getComputedStyle(m.parentElement!).backgroundColor);
  const light = await background();
  await choice.getByText('Dark', { exact: true }).click();
  await expect(choice.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await background()).not.toBe(light);
  // The root too: its background, scrollbars and overscroll follow the choice.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
  for (const chart of ['trade', 'flows']) {
    const frame = page.locator(`[data-frame="${chart}"]`);
    await frame.getByRole('button', { name: /^Share: / }).click();
    await expect(frame.locator('[data-share-link]'), chart).toHaveValue(new RegExp(`/charts/${chart}\\?theme=dark$`));
    await page.keyboard.press('Escape');
    // The data table, a tab of the chart's page, opens in the same theme.
    await expect(frame.getByRole('link', { name: /^Data table: / }), chart).toHaveAttribute('href', new RegExp(`^/charts/${chart}\\?(?=.*theme=dark)(?=.*tab=table)`));
  }
  await choice.getByText('System', { exact: true }).click();
  expect(await background()).toBe(light);
  const trade = page.locator('[data-frame="trade"]');
  await trade.getByRole('button', { name: /^Share: / }).click();
  await expect(trade.locator('[data-share-link]')).toHaveValue(/\/charts\/trade$/);
});

test('the dashboard’s theme is in its link: a reload keeps it, and a chart page’s way back leads to it', async ({ watched: page }) => {
  const dark = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  await visit(page, '/');
  await page.getByRole('radiogroup', { name: 'Theme' }).getByText('Dark', { exact: true }).click();
  await expect(page).toHaveURL(/\/\?theme=dark$/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await dark()).toBe('dark');
  await page.getByRole('radiogroup', { name: 'Theme' }).getByText('System', { exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  // From a chart page in the dark theme, the dashboard opens in it.
  await visit(page, '/charts/flows?theme=dark');
  const back = page.getByRole('navigation', { name: 'Site' }).getByRole('link');
  await expect(back).toHaveAttribute('href', '/?theme=dark');
  await page.getByRole('group', { name: 'Theme' }).getByRole('button', { name: 'Light' }).click();
  await expect(back).toHaveAttribute('href', '/?theme=light');
  await page.emulateMedia({ colorScheme: 'dark' });
  // The page as served already has its theme chosen, before any script runs.
  expect(await (await page.request.get('/?theme=light')).text()).toMatch(/<input type="radio" class="sr-only" name="page-theme" checked="" value="light"\/>/);
  await back.click();
  await expect(page).toHaveURL(/\/\?theme=light$/);
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  expect(await dark()).toBe('light');
});

test('a theme chosen on the dashboard before its scripts have run shows at once, and its links carry it once they run', async ({ watched: page }) => {
  // The app's scripts are held back: the press lands on the page as the server sent it.
  const held: (() => Promise<void>)[] = [];
  let holding = true;
  await page.route('**/_next/static/chunks/**/*.js', (route) => (holding ? held.push(() => route.continue()) : route.continue()));
  await page.goto('/', { waitUntil: 'commit' });
  const choice = page.getByRole('radiogroup', { name: 'Theme' });
  await choice.getByText('Dark', { exact: true }).click();
  await expect(choice.getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
  await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', '');
  holding = false;
  await Promise.all(held.map((go) => go()));
  await hydrated(page);
  await expect(choice.getByRole('radio', { name: 'Dark' })).toBeChecked();
  const trade = page.locator('[data-frame="trade"]');
  await trade.getByRole('button', { name: /^Share: / }).click();
  await expect(trade.locator('[data-share-link]')).toHaveValue(/\/charts\/trade\?theme=dark$/);
});

const hostile = [
  '?scale=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '?%3Cscript%3Ealert(1)%3C%2Fscript%3E=1',
  '?scale=log&scale=linear&scale=%00',
  `?scale=${'x'.repeat(6000)}`,
  '?tab[]=table&theme[$ne]=1',
  '?direction=%E0%A4%A&highlight=%25',
  '?theme=dark%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '?context=on&context=on&context=on',
  '?=&&&=&tab',
];

test('malformed and hostile links give a page with defaults, never an error or reflected markup', async ({ request }) => {
  for (const chart of charts) {
    for (const query of hostile) {
      const response = await request.get(`/charts/${chart}${query}`);
      expect([200, 404], `${chart}${query.slice(0, 60)}`).toContain(response.status());
      const body = await response.text();
      expect(body).not.toContain('<script>alert(1)');
      expect(body).not.toContain('<img src=x');
      expect(body).not.toContain('onerror=alert');
    }
  }
  for (const path of ['/charts/nope', '/charts/%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/charts/trade/extra', '/embed/nope']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('<script>alert(1)');
    // The message and the list of charts are in the HTML itself, for a reader without scripts.
    const markup = body.replace(/<script\b[\s\S]*?<\/script>/g, '');
    expect(markup, path).toContain('No such page');
    expect(markup.match(/<a [^>]*href="\/charts\/(trade|casualties|flows)"/g), path).toHaveLength(3);
  }
});

// The browser logs the 404 status itself, so this page is not watched for console errors.
base('an unknown chart, or one whose id is not valid percent-encoding, gets a 404 page that lists the charts', async ({ page }) => {
  for (const path of ['/charts/population', '/charts/%E0%A4%A', '/embed/%E0%A4%A']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    expect(await page.title(), path).toMatch(/^No such page · /);
    await expect(page.locator('[data-chart-list] a')).toHaveCount(3);
    await expect(page.locator('[data-chart-list]')).toContainText('Russia–North Korea trade');
  }
  // The data files of an unknown chart: a plain message naming the charts, kept by no cache.
  const data = await page.request.get('/charts/population/data.csv');
  expect(data.status()).toBe(404);
  expect(data.headers()['cache-control']).toBe('no-store');
  expect(await data.text()).toBe('Unknown chart. Charts: trade, casualties, flows.');
});

test('a chart id typed in capitals leads to the chart, with its query kept', async ({ watched: page }) => {
  for (const [typed, canonical] of [
    ['/charts/%54rade', /\/charts\/trade$/],
    ['/charts/Trade?scale=log', /\/charts\/trade\?scale=log$/],
    ['/embed/FLOWS?direction=ru-to-nk', /\/embed\/flows\?direction=ru-to-nk$/],
  ] as const) {
    const response = await page.goto(typed);
    expect(response?.status(), typed).toBe(200);
    await expect(page).toHaveURL(canonical);
  }
  await expect(page.locator('[data-direction="ru-to-nk"]').first()).toBeVisible();
  await expect(page.locator('[data-direction="nk-to-ru"]')).toHaveCount(0);
  // An embed's page title names its chart, as its heading does.
  const heading = (await page.locator('h1').textContent())!;
  expect(await page.title()).toContain(`${heading} · `);
  // So does a chart's image.
  const image = await page.request.get('/charts/Trade/image.png?scale=log', { maxRedirects: 0 });
  expect(image.status()).toBe(308);
  expect(image.headers()['location']).toBe('/charts/trade/image.png?scale=log');
  expect(image.headers()['cache-control']).toBe('public, max-age=300');
  expect((await page.request.get('/charts/Trade/image.png?scale=log')).headers()['content-type']).toBe('image/png');
});

test('a link with a bad value is sent to its view’s own link, and the page says quietly what it could not use', async ({ watched: page }) => {
  const response = await page.goto('/charts/trade?scale=sideways&utm_source=x');
  // One temporary redirect to the canonical link, what went wrong riding in the fragment, which no server or cache sees.
  const redirect = response!.request().redirectedFrom()!;
  expect(redirect.url()).toMatch(/\/charts\/trade\?scale=sideways&utm_source=x$/);
  expect((await redirect.response())!.status()).toBe(307);
  expect((await redirect.response())!.headers()['location']).toBe('/charts/trade#unused=invalid.scale,unknown.1');
  expect(response!.status()).toBe(200);
  const note = page.locator('[data-link-problems]');
  await expect(note).toHaveText('Part of this link could not be used. Scale is set to “Linear”, as the link’s value is not one of its options. 1 unknown setting was ignored.');
  // Nothing typed into the link is shown back.
  await expect(note).not.toContainText('sideways');
  await expect(note).not.toContainText('utm');
  // The fragment has been read: the address bar keeps the view's own link.
  await expect(page).toHaveURL(/\/charts\/trade$/);
  expect(await page.evaluate(() => location.hash)).toBe('');
  await expect(page.getByRole('button', { name: 'Linear' })).toHaveAttribute('aria-pressed', 'true');
  // The note speaks of the link the reader arrived by: once they pick a view, it goes.
  await hydrated(page);
  await page.getByRole('button', { name: 'Log' }).click();
  await expect(page).toHaveURL(/\/charts\/trade\?scale=log$/);
  await expect(page.locator('[data-link-problems]')).toHaveCount(0);
  // Another chart's setting is named as that: it is ours, not something typed in.
  await visit(page, '/charts/casualties?scale=log');
  await expect(page.locator('[data-link-problems]')).toHaveText('Part of this link could not be used. “scale” is a setting of another chart, not this one, so it was ignored.');
});

test('a value typed in capitals is read, and the link is rewritten in lower case', async ({ watched: page }) => {
  const response = await page.goto('/charts/trade?SCALE=LOG&theme=system');
  // A permanent redirect: it is the same view, under its one canonical link.
  expect((await response!.request().redirectedFrom()!.response())!.status()).toBe(308);
  await expect(page.getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/\/charts\/trade\?scale=log$/);
  await expect(page.locator('[data-link-problems]')).toHaveCount(0);
});

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test('link previews are 1200×630 PNGs of the linked state, every address in them the site’s own', async ({ request }) => {
  const previewOf = async (path: string, canonical: string) => {
    const html = await (await request.get(path)).text();
    const url = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1].replace(/&amp;/g, '&');
    expect(url, `og:image of ${path}`).toBeTruthy();
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
    // Absolute, and at the origin fixed at build, whoever asked.
    expect(html).toContain(`<link rel="canonical" href="${siteOrigin}${canonical}"/>`);
    expect(html).toContain(`<meta property="og:url" content="${siteOrigin}${canonical}"/>`);
    expect(url!.startsWith(`${siteOrigin}/charts/trade/image.png?`), url).toBe(true);
    // The picture's own address, not one the image route would redirect.
    const response = await request.get(new URL(url!).pathname + new URL(url!).search, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    // Its URL names the build, so the picture never changes under it.
    expect(url).toMatch(/[?&]v=[\w-]+/);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers()['etag']).toMatch(/^"[^"]+"$/);
    const png = await response.body();
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    return { url: url!, png, etag: response.headers()['etag'] };
  };
  const linear = await previewOf('/charts/trade', '/charts/trade');
  const log = await previewOf('/charts/trade?scale=log', '/charts/trade?scale=log');
  expect(log.url).toContain('scale=log');
  expect(log.png.equals(linear.png)).toBe(false);
  expect(log.etag).not.toBe(linear.etag);
  // The dashboard previews as its first chart.
  const dashboard = await previewOf('/', '');
  expect(dashboard.png.equals(linear.png)).toBe(true);
});

test('an embed sends search engines to the chart page it repeats, and describes its finding', async ({ request }) => {
  const html = await (await request.get('/embed/trade?scale=log')).text();
  expect(html).toContain(`<link rel="canonical" href="${siteOrigin}/charts/trade?scale=log"/>`);
  expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
  expect(html).not.toContain('noindex');
});

test('a chart page reached from a shared link leads back to the dashboard', async ({ watched: page }) => {
  await page.goto('/charts/flows?direction=ru-to-nk');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-frame]')).toHaveCount(3);
});

base('on a narrow page the snippet’s frame grows to its embed’s content, so the notes and source line are not cut off', async ({ page, baseURL }) => {
  await visit(page, '/charts/casualties');
  await page.getByRole('button', { name: /^Share: / }).click();
  // Frame and message check both name the site's origin: here, this server's.
  const snippet = servedHere(await page.locator('[data-share-embed]').inputValue(), baseURL);
  const fixed = Number(snippet.match(/ height="(\d+)"/)![1]);
  const host = createServer((_, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><meta name="viewport" content="width=device-width">${snippet}`),
  );
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    // The words wrap onto more lines than at the full embed width: the frame must grow past its fixed height.
    await expect.poll(async () => (await page.locator('iframe').boundingBox())!.height).toBeGreaterThan(fixed);
    const embed = page.frames().find((f) => f.url().includes('/embed/casualties'))!;
    await expect.poll(() => embed.evaluate(() => document.documentElement.scrollHeight - innerHeight), { message: 'the frame scrolls' }).toBeLessThanOrEqual(0);
  } finally {
    host.close();
  }
});

base('embeds can be framed by another site, other pages cannot', async ({ page, request, baseURL }) => {
  const embed = await request.get('/embed/trade?scale=log');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  for (const path of ['/', '/charts/trade']) {
    const response = await request.get(path);
    expect(response.headers()['x-frame-options']).toBe('DENY');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  }
  // A page on another origin (its own loopback server) frames both; only the embed renders.
  const body = `<iframe id="e" src="${baseURL}/embed/trade"></iframe><iframe id="p" src="${baseURL}/charts/trade"></iframe>`;
  const otherSite = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(body));
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  await page.goto(`http://127.0.0.1:${(otherSite.address() as AddressInfo).port}/`);
  const embedded = page.frameLocator('#e');
  await expect(embedded.locator('[data-frame="trade"] svg:visible').first()).toBeVisible();
  // Chart pages refuse to be framed, so every link out of the embed must open in the reader's window, not the frame.
  const links = embedded.locator('a[href]');
  expect(await links.count()).toBeGreaterThan(0);
  for (const target of await links.evaluateAll((as) => as.map((a) => a.getAttribute('target')))) expect(target).toBe('_top');
  await page.waitForLoadState('load');
  // A refused frame is replaced by the browser's error page, so no frame shows the chart page.
  expect(page.frames().map((f) => f.url())).not.toContain(`${baseURL}/charts/trade`);
  await expect(page.frameLocator('#p').locator('[data-frame]')).toHaveCount(0);
  otherSite.close();
});

test('Back from a chart link returns to the dashboard as the reader left it, kept by the browser’s back-forward cache', async ({ baseURL }) => {
  // Playwright turns the back-forward cache off by default; readers' browsers have it on.
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  try {
    const page = await browser.newPage({ baseURL });
    await visit(page, '/');
    const trade = page.locator('[data-frame="trade"]');
    await trade.getByRole('button', { name: 'Log' }).click();
    await page.locator('[data-frame="flows"] [data-control="highlight"][data-value="people"]').click();
    await trade.getByRole('link', { name: 'Chart link' }).click();
    await expect(page).toHaveURL(/\/charts\/trade\?scale=log$/);
    await page.goBack({ waitUntil: 'commit' });
    await expect(page).toHaveURL(/\/$/);
    await expect(trade.locator('[data-value="log"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-frame="flows"] [data-value="people"]')).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type), 'the page was not loaded again').toBe('navigate');
  } finally {
    await browser.close();
  }
});
