import AxeBuilder from '@axe-core/playwright';
import { chartIds } from '../lib/chart-state';
import { stepsThroughMarks } from '../lib/charts';
import { test, expect, visit } from './fixtures';

const routes = ['/', '/charts/trade', '/charts/trade?tab=table', '/charts/trade?tab=sources', '/charts/casualties', '/charts/flows', '/embed/trade', '/charts/nope'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const route of routes) {
    test(`axe finds no violations on ${route} (${colorScheme})`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, colorScheme });
      try {
        const page = await context.newPage();
        // Once hydrated: the islands have set what they set (the share link).
        await visit(page, route);
        const violations = (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`);
        expect(violations, violations.join('\n')).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
}

test('axe finds no violations with a tooltip shown, a menu open, or the chart redrawn in another state', async ({ watched: page }) => {
  await visit(page, '/charts/trade');
  const violations = async (when: string) => {
    const found = (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`);
    expect(found, `${when}:\n${found.join('\n')}`).toEqual([]);
  };
  await page.locator('.chart-layout-wide .data-mark[data-year="2025"]').hover();
  await expect(page.locator('[data-tooltip]')).toBeVisible();
  await violations('tooltip');
  await page.getByRole('button', { name: 'Log' }).click();
  await expect(page.locator('.chart-layout-wide svg[aria-label*="log scale"]')).toHaveCount(1);
  await page.getByRole('button', { name: /^Download: / }).click();
  await violations('log scale, Download menu open');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^Share: / }).click();
  await violations('Share menu open');
});

const keyboardWalks: Record<string, string[]> = {
  '/charts/trade': ['Linear', 'Log', 'Show', 'Hide', 'Dark', 'Download', 'Share', 'Chart', 'Russia–North Korea trade, 2018–2025'],
  '/charts/flows': ['Both ways', 'Munitions', 'Artillery shells · over half'],
};

for (const [route, expected] of Object.entries(keyboardWalks)) {
  test(`every control on ${route} is reachable by keyboard and shows a focus ring`, async ({ watched: page }) => {
    await visit(page, route);
    const seen = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      // Past the last control focus leaves the document: the walk is complete.
      if (await page.evaluate(() => document.activeElement === document.body)) break;
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { name: (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim(), ring: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      expect(info.ring, `focus ring on ${info.name}`).toBe(true);
      seen.add(info.name);
    }
    for (const name of expected) expect([...seen].some((s) => s === name || s.startsWith(`${name}:`)), name).toBe(true);
  });
}

for (const chart of chartIds.filter(stepsThroughMarks)) {
  test(`${chart}: the keyboard reaches every mark’s tooltip: the chart is one Tab stop whose arrow keys step through its marks`, async ({ watched: page }) => {
    await visit(page, `/charts/${chart}`);
    const figure = page.locator(`figure[data-chart="${chart}"]`);
    await page.locator(`#${chart}-tab-chart`).focus();
    await page.keyboard.press('Tab');
    await expect(figure).toBeFocused();
    const marks = await figure.locator('.chart-layout-wide [data-tip]').count();
    const tooltip = page.locator('[data-tooltip]');
    const seen: string[] = [];
    for (let i = 0; i < marks; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(tooltip).toBeVisible();
      await expect(page.locator('[data-mark-ring]')).toBeVisible();
      const text = await tooltip.innerText();
      // What is shown is what a screen reader hears, line by line.
      await expect(page.locator('[data-mark-spoken]')).toHaveText(text.split(/\n+/).join('. '));
      seen.push(text);
    }
    // Each press reached a mark not reached before, so every mark was reached once; past the last, it stays there.
    expect(new Set(seen).size, seen.join(' | ')).toBe(marks);
    await page.keyboard.press('ArrowRight');
    await expect(tooltip).toHaveText(seen.at(-1)!.replace(/\n/g, ''));
    await page.keyboard.press('Home');
    await expect(tooltip).toHaveText(seen[0].replace(/\n/g, ''));
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    // Tab leaves the chart, taking the tooltip with it.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await expect(figure).not.toBeFocused();
    await expect(tooltip).toHaveCount(0);
  });
}

test('each chart has a text alternative that states its finding', async ({ watched: page }) => {
  await page.goto('/');
  for (const chart of chartIds) {
    const frame = page.locator(`[data-frame="${chart}"]`);
    // The drawing is described by the frame's visible takeaway, which a screen reader is not given twice, and, where the
    // figure is the Tab stop for its marks, by how to step through them.
    const keys = chart === 'flows' ? '' : ' The arrow keys step through its figures.';
    await expect(frame.locator('.chart-slot')).toHaveAccessibleDescription(`${await frame.locator('[data-takeaway]').innerText()}${keys}`);
    await expect(frame.locator('.chart-slot figcaption')).toHaveCount(0);
    // …and a table of its data, a link away on its own page, reachable by keyboard.
    // Named after its chart: the dashboard has three.
    const link = frame.getByRole('link', { name: /^Data table: / });
    await expect(link).toHaveAccessibleName(`Data table: ${await frame.locator('h2').innerText()}`);
    expect(await link.getAttribute('href')).toBe(`/charts/${chart}?tab=table`);
  }
  // The estimates plot, one image of many marks, is told in words; its figures are in the table.
  await expect(page.locator('[data-frame="casualties"] .chart-layout-wide [role="img"][aria-label^="Other parties’ estimates over time"]')).toHaveAccessibleName(/17 figures from 6 parties\..*Killed: .*latest about 2,000 \(NIS, 2 Sep 2025\)/);
  // The link follows the view: the table opens on the scale the reader chose.
  const trade = page.locator('[data-frame="trade"]');
  await trade.getByRole('button', { name: 'Log', exact: true }).click();
  await expect(trade.getByRole('link', { name: /^Data table: / })).toHaveAttribute('href', /^\/charts\/trade\?(?=.*scale=log)(?=.*tab=table)/);
  await page.locator('[data-frame="flows"]').getByRole('link', { name: /^Data table: / }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('table[data-table="flows"] tbody tr').first()).toBeVisible();
});

test('motion is off when the reader asks for less', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/');
  const durations = await page.locator('button, a').evaluateAll((els) => els.map((e) => getComputedStyle(e).transitionDuration));
  expect(durations.every((d) => d.split(',').every((x) => parseFloat(x) === 0))).toBe(true);
  await context.close();
});

test('in forced colours the pressed option and the open tab still stand out from the rest', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, forcedColors: 'active' });
  try {
    const page = await context.newPage();
    await page.goto('/charts/trade');
    const look = (selector: string) => page.locator(selector).first().evaluate((e) => { const s = getComputedStyle(e); return `${s.backgroundColor} ${s.color} ${s.borderBottomColor}`; });
    expect(await look('[data-control="scale"][aria-pressed="true"]')).not.toBe(await look('[data-control="scale"][aria-pressed="false"]'));
    expect(await look('[role="tab"][aria-selected="true"]')).not.toBe(await look('[role="tab"][aria-selected="false"]'));
  } finally {
    await context.close();
  }
});
