import fs from 'node:fs';
import { csvParse } from 'd3-dsv';
import { decodePng, distinctColours, meanDiff } from './png';
import type { APIRequestContext, Page } from '@playwright/test';
import { chartTable, tableColumns } from '@/lib/chart-table';
import { charts } from '@/lib/charts';
import { chartIds, defaultState, type ChartId } from '@/lib/chart-state';
import { test, expect } from './fixtures';

/**
 * Largest mean absolute channel difference (0–255) allowed between the browser's PNG and the
 * server's for the same state. Measured on this build: matching exports differ by 0.22–0.76
 * (wide) and 0.40–1.23 (narrow), all of it text antialiasing (Chromium vs resvg). Text in a
 * fallback font instead of Inter differs by 3.8–7.8, and the trade chart on the log scale instead
 * of linear by 2.9, so 2 passes every faithful export and fails a wrong font or a wrong state.
 */
const maxMeanDiff = 2;

async function download(page: Page, chart: ChartId, item: string) {
  const frame = page.locator(`[data-frame="${chart}"]`);
  await frame.getByRole('button', { name: /^Download: / }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: item, exact: true }).click()]);
  return { name: file.suggestedFilename(), body: fs.readFileSync((await file.path())!) };
}

async function serverPng(request: APIRequestContext, chart: ChartId, query: string) {
  const response = await request.get(`/charts/${chart}/image.png?${query}`);
  expect(response.status()).toBe(200);
  return decodePng(await response.body());
}


/** Checks a downloaded PNG against the server's image of the same state, layout and density. */
async function expectLikeServer(request: APIRequestContext, chart: ChartId, body: Buffer, query: string, density: number) {
  expect(body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const mine = decodePng(body);
  // The server's 1× image is the frame at its own size, as composeFrameSvg lays it out.
  const frame = await serverPng(request, chart, `${query}&density=1`);
  expect([mine.width, mine.height]).toEqual([frame.width * density, frame.height * density]);
  expect(distinctColours(mine)).toBeGreaterThan(100);
  const server = density === 1 ? frame : await serverPng(request, chart, `${query}&density=${density}`);
  expect(meanDiff(mine, server)).toBeLessThan(maxMeanDiff);
}

const fileBase = (chart: ChartId) => charts[chart].fileBase;

for (const chart of chartIds) {
  for (const density of [1, 2, 4]) {
    test(`${chart}: PNG ${density}× is the frame at ${density}× and matches the server image`, async ({ watched: page, request }) => {
      await page.goto('/');
      const { name, body } = await download(page, chart, `PNG ${density}×`);
      expect(name).toBe(`${fileBase(chart)}${density > 1 ? `@${density}x` : ''}.png`);
      await expectLikeServer(request, chart, body, 'layout=wide', density);
    });
  }
}

test('from the table or sources tab a picture download draws the chart, downloads it as the server draws it, and returns to the tab', async ({ watched: page, request }) => {
  for (const tab of ['table', 'sources']) {
    await page.goto(`/charts/casualties?tab=${tab}`);
    const { name, body } = await download(page, 'casualties', 'PNG 1×');
    expect(name, tab).toBe(`${fileBase('casualties')}.png`);
    await expect(page.getByRole('tab', { name: tab === 'table' ? 'Table' : 'Sources' })).toHaveAttribute('aria-selected', 'true');
    await expect(page).toHaveURL(new RegExp(`tab=${tab}`));
    await expectLikeServer(request, 'casualties', body, 'layout=wide', 1);
  }
  await page.goto('/charts/trade?tab=table&scale=log');
  const svg = (await download(page, 'trade', 'SVG')).body.toString();
  expect(svg).toContain('data-mark');
  expect(svg).toContain('/charts/trade?scale=log');
});

test('on a phone the menu fits the screen and the PNG holds the narrow layout, as the server draws it', async ({ watched: page, request }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  for (const chart of chartIds) {
    // Where the toolbar wraps, the menu must still open within the screen.
    await page.locator(`[data-frame="${chart}"]`).getByRole('button', { name: /^Download: / }).click();
    const box = (await page.getByRole('group', { name: /^Download / }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await page.keyboard.press('Escape');
    const { body } = await download(page, chart, 'PNG 2×');
    await expectLikeServer(request, chart, body, 'layout=narrow', 2);
  }
});

test('a picture leaves out what the pointer last touched: the band behind a hovered bar is not data', async ({ watched: page }) => {
  await page.goto('/charts/trade');
  await page.locator('.chart-layout-wide [data-year="2025"]').hover();
  await expect(page.locator('.chart-layout-wide .recharts-tooltip-cursor')).toHaveCount(1);
  const svg = (await download(page, 'trade', 'SVG')).body.toString();
  expect(svg).toContain('data-year="2025"');
  expect(svg).not.toContain('recharts-tooltip-cursor');
});

test('a toolbar menu opens within its chart’s frame, not over the tabs beside it', async ({ watched: page }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 700, height: 800 }, { width: 360, height: 800 }]) {
    await page.setViewportSize(viewport);
    for (const chart of chartIds) {
      await page.goto(`/charts/${chart}`);
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

test('the PNG follows the state and the dark system theme', async ({ browser, request }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('[data-frame="trade"]').getByRole('button', { name: 'Log' }).click();
  const { name, body } = await download(page, 'trade', 'PNG 2×');
  expect(name).toBe('russia-nk-trade-2018-2025-log@2x.png');
  await expectLikeServer(request, 'trade', body, 'layout=wide&scale=log&theme=dark', 2);
  await context.close();
});

for (const chart of chartIds) {
  test(`${chart}: SVG is standalone XML with the marks, title and link`, async ({ watched: page, request }) => {
    await page.goto('/');
    const marks = await page.locator(`[data-frame="${chart}"] .chart-layout-wide .data-mark`).count();
    const { name, body } = await download(page, chart, 'SVG');
    expect(name).toBe(`${fileBase(chart)}.svg`);
    const svg = body.toString('utf8');
    // Parsed in a blank page: under the site's CSP, Chromium reports the file's own <style> as a violation.
    const blank = await page.context().newPage();
    const parsed = await blank.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        size: [Number(root.getAttribute('width')), Number(root.getAttribute('height'))],
        marks: doc.querySelectorAll('.data-mark').length,
        title: [...doc.querySelectorAll('.frame-title')].map((t) => t.textContent).join(' '),
        link: doc.querySelector('.frame-link')?.textContent ?? '',
      };
    }, svg);
    await blank.close();
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    const frame = await serverPng(request, chart, 'layout=wide');
    expect(parsed.size).toEqual([frame.width, frame.height]);
    expect(parsed.marks).toBe(marks);
    expect(parsed.title).toBe(charts[chart].title);
    expect(parsed.link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/charts/${chart}$`));
    // Standalone: fonts inlined, colours literal, nothing fetched from elsewhere.
    expect(svg).toMatch(/@font-face\{font-family:Inter;[^}]*font-weight:400;src:url\(data:font\/woff2;base64,/);
    expect(svg).toMatch(/@font-face\{font-family:Inter;[^}]*font-weight:700;src:url\(data:font\/woff2;base64,/);
    expect(svg).not.toContain('var(--');
    expect(svg).not.toMatch(/(href|src)="(https?:)?\/\/|url\((?!data:|#)/);
  });

  test(`${chart}: CSV and JSON round-trip to the data module`, async ({ watched: page }) => {
    await page.goto('/');
    const rows = chartTable(chart);
    const csv = await download(page, chart, 'CSV');
    expect(csv.name).toBe(`${fileBase(chart)}.csv`);
    // A spreadsheet reads the file as UTF-8 by its byte-order mark.
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = [...csvParse(csv.body.subarray(3).toString('utf8'))];
    expect(records).toEqual(
      rows.map((row) => ({ id: row.id, ...Object.fromEntries(tableColumns.map((c) => [c.label, row[c.key] === null ? '' : String(row[c.key])])) })),
    );
    const json = await download(page, chart, 'JSON');
    expect(json.name).toBe(`${fileBase(chart)}.json`);
    const data = JSON.parse(json.body.toString('utf8'));
    expect(data).toMatchObject({ chart, title: charts[chart].title, state: defaultState(chart), rows });
    expect(data.sourceLine).toMatch(/^Source: /);
    expect(data.link).toMatch(new RegExp(`/charts/${chart}$`));
  });
}

test('the menu works from the keyboard and Escape returns focus to its button', async ({ watched: page }) => {
  await page.goto('/');
  const frame = page.locator('[data-frame="trade"]');
  const button = frame.getByRole('button', { name: /^Download: / });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  await expect(menu).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('button', { name: 'PNG 1×' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // Keyboard download: Enter on an item starts it and focus comes back to the menu's button.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(file.suggestedFilename()).toBe('russia-nk-trade-2018-2025@2x.png');
  await expect(button).toBeFocused();
  // The menu has closed; a status outside it tells a screen reader the file was saved.
  await expect(frame.locator('[data-download-status]')).toHaveText('Downloaded russia-nk-trade-2018-2025@2x.png.');
});

test('an export shows that it is busy, and says so clearly when it fails', async ({ page }) => {
  // A plain page, not the watched one: the failed font request is logged as a console error on purpose.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/fonts/inter-700.woff2', async (route) => {
    await held;
    await route.fulfill({ status: 500, body: 'no font' });
  });
  await page.goto('/');
  const frame = page.locator('[data-frame="flows"]');
  await frame.getByRole('button', { name: /^Download: / }).click();
  await frame.getByRole('button', { name: 'SVG', exact: true }).click();
  const menu = frame.getByRole('group', { name: /^Download / });
  await expect(menu).toHaveAttribute('aria-busy', 'true');
  await expect(menu.getByRole('status')).toHaveText('Preparing…');
  await expect(menu.getByRole('button', { name: 'PNG 1×' })).toBeDisabled();
  release();
  await expect(menu.getByRole('alert')).toContainText('The download failed: The font /fonts/inter-700.woff2 could not be loaded (500).');
  await expect(menu).toHaveAttribute('aria-busy', 'false');
  await expect(menu.getByRole('button', { name: 'PNG 1×' })).toBeEnabled();
});

test('tabbing past the last item of an open menu closes it, so it covers nothing that has focus', async ({ watched: page }) => {
  await page.goto('/charts/trade');
  for (const name of ['Download', 'Share']) {
    const button = page.getByRole('button', { name });
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
    await expect(menu, name).toBeVisible();
    // Forwards through the menu until focus leaves it.
    for (let i = 0; i < 20 && (await menu.count()) > 0 && (await menu.evaluate((m) => m.parentElement!.contains(document.activeElement)).catch(() => false)); i++) await page.keyboard.press('Tab');
    await expect(menu, name).toHaveCount(0);
    await expect(button, name).toHaveAttribute('aria-expanded', 'false');
    // Focus went on to the next control, not back to the page's start.
    expect(await page.evaluate(() => document.activeElement?.tagName), name).not.toBe('BODY');
  }
});
