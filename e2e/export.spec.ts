import fs from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { APIRequestContext, Page } from '@playwright/test';
import { Resvg } from '@resvg/resvg-js';
import { metrics } from '@/data';
import { tableColumns } from '@/lib/chart-table';
import { charts } from '@/lib/charts';
import { chartIds, type ChartId } from '@/lib/chart-state';
import { decodePng, distinctColours, meanDiff } from './png';
import { test, expect, menuOf, siteOrigin, visit } from './fixtures';

/**
 * A picture shows the theme on screen, so where the reader's choice is the system's, the menu asks
 * for the one the system gives: light, in these tests' browser unless a test says otherwise.
 */
const light = 'theme=light';

async function download(page: Page, chart: ChartId, item: string) {
  const frame = page.locator(`[data-frame="${chart}"]`);
  const button = frame.getByRole('button', { name: /^Download: / });
  // The menu closes once a file is saved; open it again for the next.
  if (!(await (await menuOf(button)).isVisible())) await button.click();
  const [file] = await Promise.all([page.waitForEvent('download'), frame.getByRole('link', { name: item, exact: true }).click()]);
  return { name: file.suggestedFilename(), body: fs.readFileSync((await file.path())!) };
}

async function serverFile(request: APIRequestContext, chart: ChartId, file: string, query: string) {
  const response = await request.get(`/charts/${chart}/${file}?${query}`);
  expect(response.status(), `${file}?${query}`).toBe(200);
  return response.body();
}

/** A downloaded PNG is the server's image of the same state, layout and density, to the byte. */
async function expectServerPng(request: APIRequestContext, chart: ChartId, body: Buffer, query: string) {
  expect(body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(body.equals(await serverFile(request, chart, 'image.png', query)), `the download is image.png?${query}`).toBe(true);
  return decodePng(body);
}

/** The frame's size as the SVG of the same state draws it: what a 1× picture measures. */
async function frameSize(request: APIRequestContext, chart: ChartId, query: string) {
  const svg = (await serverFile(request, chart, 'image.svg', query)).toString('utf8');
  const [, width, height] = svg.match(/^<svg[^>]* width="(\d+)" height="(\d+)"/) ?? [];
  return [Number(width), Number(height)];
}

const fileBase = (chart: ChartId) => charts[chart].fileBase;

for (const chart of chartIds) {
  test(`${chart}: PNG 1×, 2× and 4× are the server’s image of the view, the frame at that density`, async ({ watched: page, request }) => {
    await visit(page, '/');
    const size = await frameSize(request, chart, `layout=wide&${light}`);
    const pictures = [];
    for (const density of [1, 2, 4]) {
      const { name, body } = await download(page, chart, `PNG ${density}×`);
      expect(name).toBe(`${fileBase(chart)}-light-wide${density > 1 ? `@${density}x` : ''}.png`);
      const png = await expectServerPng(request, chart, body, `layout=wide&density=${density}&${light}`);
      expect([png.width, png.height], `${density}×`).toEqual([size[0] * density, size[1] * density]);
      expect(distinctColours(png)).toBeGreaterThan(100);
      pictures.push(png);
    }
    // The same picture, sharper: 2× scaled back down is 1× but for antialiasing.
    const [one, two] = pictures;
    const halved = { ...one, data: Buffer.alloc(one.data.length) };
    for (let y = 0; y < one.height; y++)
      for (let x = 0; x < one.width; x++)
        for (let c = 0; c < 4; c++) {
          const at = (dx: number, dy: number) => two.data[((2 * y + dy) * two.width + 2 * x + dx) * 4 + c];
          halved.data[(y * one.width + x) * 4 + c] = Math.round((at(0, 0) + at(1, 0) + at(0, 1) + at(1, 1)) / 4);
        }
    expect(meanDiff(halved as typeof one, one)).toBeLessThan(3);
  });
}

test('from the table or sources tab a picture download is the chart’s, and the tab stays', async ({ watched: page, request }) => {
  for (const tab of ['table', 'sources']) {
    await visit(page, `/charts/casualties?tab=${tab}`);
    const { name, body } = await download(page, 'casualties', 'PNG 1×');
    expect(name, tab).toBe(`${fileBase('casualties')}-light-wide.png`);
    await expect(page.getByRole('tab', { name: tab === 'table' ? 'Table' : 'Sources' })).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(new RegExp(`tab=${tab}`));
    await expectServerPng(request, 'casualties', body, `layout=wide&density=1&${light}`);
  }
  await visit(page, '/charts/trade?tab=table&scale=log');
  const svg = (await download(page, 'trade', 'SVG')).body;
  expect(svg.equals(await serverFile(request, 'trade', 'image.svg', `scale=log&layout=wide&${light}`))).toBe(true);
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
});

test('on a phone the menu fits the screen and the PNG holds the narrow layout', async ({ watched: page, request }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await visit(page, '/');
  for (const chart of chartIds) {
    // Where the toolbar wraps, the menu must still open within the screen.
    await page.locator(`[data-frame="${chart}"]`).getByRole('button', { name: /^Download: / }).click();
    const box = (await page.getByRole('group', { name: /^Download / }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.keyboard.press('Escape');
    const { body } = await download(page, chart, 'PNG 2×');
    const png = await expectServerPng(request, chart, body, `layout=narrow&density=2&${light}`);
    const [wide, narrow] = [await frameSize(request, chart, 'layout=wide'), await frameSize(request, chart, 'layout=narrow')];
    expect(narrow[0], chart).toBeLessThan(wide[0]);
    expect(png.width, chart).toBe(narrow[0] * 2);
  }
});

test('a toolbar menu opens within its chart’s frame, not over the tabs beside it', async ({ watched: page }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 700, height: 800 }, { width: 360, height: 800 }]) {
    await page.setViewportSize(viewport);
    for (const chart of chartIds) {
      await visit(page, `/charts/${chart}`);
      const frame = (await page.locator(`[data-frame="${chart}"]`).boundingBox())!;
      for (const name of ['Download', 'Share']) {
        await page.locator(`[data-frame="${chart}"]`).getByRole('button', { name: new RegExp(`^${name}:`) }).click();
        const box = (await page.getByRole('group', { name: new RegExp(`^${name} `) }).boundingBox())!;
        const where = `${viewport.width} px, ${chart}, ${name}`;
        expect(box.x, where).toBeGreaterThanOrEqual(frame.x);
        expect(box.x + box.width, where).toBeLessThanOrEqual(frame.x + frame.width);
        await page.keyboard.press('Escape');
      }
    }
  }
});

test('a toolbar menu near the foot of the window opens above its button, inside the window', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await visit(page, '/');
  const button = page.locator('[data-frame="casualties"]').getByRole('button', { name: /^Share: / });
  // The button 100 px above the window's foot, the page scrolled well past its first screen.
  await button.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - (window.innerHeight - 100)));
  await button.click();
  const menu = await menuOf(button);
  const [b, m] = [(await button.boundingBox())!, (await menu.boundingBox())!];
  expect(m.y + m.height, 'the menu ends above the button').toBeLessThanOrEqual(b.y);
  expect(m.y, 'and starts inside the window').toBeGreaterThanOrEqual(0);
});

test('the PNG follows the state and the dark system theme', async ({ browser, baseURL, request }) => {
  const context = await browser.newContext({ baseURL, colorScheme: 'dark' });
  try {
    const page = await context.newPage();
    await visit(page, '/');
    await page.locator('[data-frame="trade"]').getByRole('button', { name: 'Log' }).click();
    const { name, body } = await download(page, 'trade', 'PNG 2×');
    expect(name).toBe('russia-nk-trade-2018-2025-log-dark-wide@2x.png');
    const dark = await expectServerPng(request, 'trade', body, 'layout=wide&scale=log&theme=dark&density=2');
    // Not the light picture: the page behind the chart is dark.
    const light = decodePng(await serverFile(request, 'trade', 'image.png', 'layout=wide&scale=log&density=2'));
    expect(meanDiff(dark, light)).toBeGreaterThan(50);
    expect([...dark.data.subarray(0, 3)].every((channel) => channel < 60), 'a dark corner').toBe(true);
  } finally {
    await context.close();
  }
});

for (const chart of chartIds) {
  test(`${chart}: the SVG is standalone and, rasterised by resvg outside a browser with no fonts, is the PNG`, async ({ watched: page, request }) => {
    await visit(page, '/');
    const { name, body } = await download(page, chart, 'SVG');
    expect(name).toBe(`${fileBase(chart)}-light-wide.svg`);
    const svg = body.toString('utf8');
    expect(body.equals(await serverFile(request, chart, 'image.svg', `layout=wide&${light}`))).toBe(true);
    // Parsed in a blank page, away from the site's policy.
    const blank = await page.context().newPage();
    const parsed = await blank.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        size: [Number(root.getAttribute('width')), Number(root.getAttribute('height'))],
        title: root.querySelector(':scope > title')?.textContent ?? '',
        desc: root.querySelector(':scope > desc')?.textContent ?? '',
        texts: doc.querySelectorAll('text').length,
      };
    }, svg);
    await blank.close();
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    const png = decodePng(await serverFile(request, chart, 'image.png', `layout=wide&${light}`));
    expect(parsed.size).toEqual([png.width, png.height]);
    expect(parsed.title).toBe(charts[chart].title);
    expect(parsed.desc.length).toBeGreaterThan(20);
    // Its words are outlines: a program without Inter (resvg here, with no fonts at all) draws them the same.
    expect(parsed.texts).toBe(0);
    const outside = decodePng(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
    expect([outside.width, outside.height]).toEqual([png.width, png.height]);
    expect(meanDiff(outside, png)).toBeLessThan(2);
    // Standalone: colours literal, nothing fetched from elsewhere.
    expect(svg).not.toContain('var(--');
    expect(svg).not.toMatch(/(href|src)="(https?:)?\/\/|url\((?!data:|#)/);
  });

  test(`${chart}: CSV and JSON hold what the table shows, and round-trip to the data module`, async ({ watched: page }) => {
    await visit(page, `/charts/${chart}?tab=table`);
    const rows = charts[chart].table();
    const csv = await download(page, chart, 'CSV');
    expect(csv.name).toBe(`${fileBase(chart)}.csv`);
    // A spreadsheet reads the file as UTF-8 by its byte-order mark.
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = [...csvParse(csv.body.subarray(3).toString('utf8'))];
    // Each row says which data it comes from: the version and the latest report date of the data files.
    const stamp = { 'Data version': metrics.version, 'Figures as of': metrics.asOf };
    expect(records).toEqual(
      rows.map((row) => ({ id: row.id, ...Object.fromEntries(tableColumns.map((c) => [c.label, row[c.key] === null ? '' : String(row[c.key])])), ...stamp })),
    );
    // The page's table: the same rows in the same order, each column's words as the file has them.
    const table = page.locator(`[data-table="${chart}"]`);
    expect(await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')))).toEqual(records.map((r) => r.id));
    const headers = await table.locator('thead th').allInnerTexts();
    const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(headers).toEqual(['What', 'Date', 'Figure', 'Kind', 'Source', 'Note']);
    for (const label of ['What', 'Figure', 'Kind', 'Note']) expect(cells.map((row) => row[headers.indexOf(label)]), label).toEqual(records.map((r) => r[label]));
    // A source's cell holds who reported it, where its own words do not name them, and the report's host.
    const reported = (r: Record<string, string>) => (r['Reported by'] && !r.Source.includes(r['Reported by']) ? `reported by ${r['Reported by']}` : '');
    expect(cells.map((row) => row[headers.indexOf('Source')])).toEqual(records.map((r) => `${r.Source}${reported(r)}${r.Address ? new URL(r.Address).hostname : ''}`));

    const json = await download(page, chart, 'JSON');
    expect(json.name).toBe(`${fileBase(chart)}.json`);
    const data = JSON.parse(json.body.toString('utf8'));
    expect(Object.keys(data).sort()).toEqual(['chart', 'computed', 'dataVersion', 'figuresAsOf', 'link', 'notes', 'rows', 'sourceLine', 'title']);
    expect(data).toMatchObject({ chart, title: charts[chart].title, link: `${siteOrigin}/charts/${chart}`, dataVersion: metrics.version, figuresAsOf: metrics.asOf, rows });
    expect(data.rows.map((r: { id: string }) => r.id)).toEqual(records.map((r) => r.id));
    expect(data.sourceLine).toMatch(/^Source: /);
  });
}

test('the menu works from the keyboard and Escape returns focus to its button', async ({ watched: page }) => {
  await visit(page, '/');
  const frame = page.locator('[data-frame="trade"]');
  const button = frame.getByRole('button', { name: /^Download: / });
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = await menuOf(button);
  await expect(menu).toBeVisible();
  // First the picture's shape and theme, the ones on screen pressed, then the files.
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('button', { name: 'Wide (slides)' })).toBeFocused();
  await expect(menu.getByRole('button', { name: 'Wide (slides)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(menu.getByRole('button', { name: 'Light' })).toHaveAttribute('aria-pressed', 'true');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'PNG 1×' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();
  // Keyboard download: Enter on an item starts it and focus comes back to the menu's button.
  await page.keyboard.press('Enter');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'PNG 2×' })).toBeFocused();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('russia-nk-trade-2018-2025-light-wide@2x.png');
  await expect(button).toBeFocused();
  // The menu has closed; a status outside it tells a screen reader the file was saved.
  await expect(menu).toBeHidden();
  await expect(frame.locator('[data-download-status]')).toHaveText('Downloaded russia-nk-trade-2018-2025-light-wide@2x.png.');
});

test('a download shows that it is busy, and says so clearly when the server is', async ({ page }) => {
  // A plain page, not the watched one: the browser logs the refused file as a console error.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route('**/charts/flows/image.svg?**', async (route) => {
    asked++;
    await held;
    await route.fulfill({ status: 503, headers: { 'Retry-After': '2' }, body: 'Busy drawing other pictures; try again in a moment.' });
  });
  await visit(page, '/');
  const frame = page.locator('[data-frame="flows"]');
  await frame.getByRole('button', { name: /^Download: / }).click();
  await frame.getByRole('link', { name: 'SVG', exact: true }).click();
  const menu = frame.getByRole('group', { name: /^Download / });
  await expect(menu).toHaveAttribute('aria-busy', 'true');
  await expect(menu.getByRole('status')).toHaveText('Preparing…');
  const png = menu.getByRole('link', { name: 'PNG 1×' });
  await expect(png).toHaveAttribute('aria-disabled', 'true');
  // While busy a second press starts nothing, nor follows the item's link away from the page.
  await png.click({ force: true });
  await frame.getByRole('link', { name: 'SVG', exact: true }).click({ force: true });
  expect(asked).toBe(1);
  await expect(page).toHaveURL(/\/$/);
  release();
  await expect(menu.getByRole('alert')).toHaveText('The download failed: the server is busy; try again in a moment.');
  await expect(menu).toHaveAttribute('aria-busy', 'false');
  await expect(png).not.toHaveAttribute('aria-disabled');
});

test('tabbing past the last item of an open menu closes it, so it covers nothing that has focus', async ({ watched: page }) => {
  await visit(page, '/charts/trade');
  for (const name of ['Download', 'Share']) {
    const button = page.getByRole('button', { name: new RegExp(`^${name}:`) });
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = await menuOf(button);
    await expect(menu, name).toBeVisible();
    // Forwards through the menu until focus leaves it.
    for (let i = 0; i < 20 && (await menu.isVisible()) && (await menu.evaluate((m) => m.parentElement!.contains(document.activeElement))); i++) await page.keyboard.press('Tab');
    await expect(menu, name).toBeHidden();
    // Focus went on to the next control, not back to the page's start.
    expect(await page.evaluate(() => document.activeElement?.tagName), name).not.toBe('BODY');
  }
});
