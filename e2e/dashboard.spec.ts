import { chartIds as charts } from '../lib/chart-state';
import { test, expect, centreOnScreen, onPhone, visit } from './fixtures';

test('the HTML sent by the server already holds the three charts with their marks', async ({ request }) => {
  const html = await (await request.get('/')).text();
  for (const chart of charts) {
    // The frame's own markup, up to the next frame: its drawings must be inside it, not streamed in later.
    const start = html.indexOf(`data-frame="${chart}"`);
    expect(start, `frame ${chart}`).toBeGreaterThan(-1);
    const end = html.indexOf('data-frame="', start + 1);
    const frame = html.slice(start, end === -1 ? undefined : end);
    expect(frame.match(/<svg/g)?.length ?? 0, `svgs in ${chart}`).toBeGreaterThanOrEqual(2);
    expect(frame, `marks in ${chart}`).toContain('data-mark');
  }
  expect(html.match(/recharts-rectangle data-mark/g)?.length).toBe(12); // 6 trade bars × 2 layouts
  expect(html.match(/class="data-mark flow-item"/g)?.length).toBe(36); // 18 flows × 2 layouts
  expect(html).toContain('$52.9M');
  expect(html).toContain('up to 30,000');
});

test('the three charts are visible with marks and labels, and each is saved as a screenshot', async ({ watched: page }, info) => {
  await page.goto('/');
  for (const chart of charts) {
    const frame = page.locator(`[data-frame="${chart}"]`);
    await expect(frame).toBeVisible();
    const marks = frame.locator('.chart-layout-wide .data-mark');
    expect(await marks.count()).toBeGreaterThan(5);
    await expect(marks.first()).toBeVisible();
    await info.attach(`${chart}.png`, { body: await frame.screenshot(), contentType: 'image/png' });
  }
  const trade = page.locator('[data-frame="trade"] .chart-layout-wide');
  await expect(trade.getByText('$52.9M')).toBeVisible();
  await expect(trade.getByText('no figures')).toBeVisible();
  await expect(page.locator('[data-frame="casualties"] .chart-layout-wide').getByText('up to 30,000')).toBeVisible();
  await expect(page.locator('[data-frame="flows"] .chart-layout-wide').getByText('Pantsir air defence')).toBeVisible();
});

test('the scale switch changes the trade axis', async ({ watched: page }) => {
  await visit(page, '/');
  const frame = page.locator('[data-frame="trade"]');
  const axis = frame.locator('.chart-layout-wide .recharts-yAxis');
  await expect(axis.getByText('$60M')).toBeVisible();
  await frame.getByRole('button', { name: 'Log' }).click();
  await expect(axis.getByText('$30M')).toBeVisible();
  await expect(axis.getByText('$60M')).toHaveCount(0);
  await expect(frame.getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
});

test('hiding the context leaves only the article’s two bars, and the notes about the others go with them', async ({ watched: page }) => {
  await visit(page, '/');
  const frame = page.locator('[data-frame="trade"]');
  const note = frame.getByText('The 2024 figure is an industry estimate');
  await expect(note).toBeVisible();
  await frame.locator('[data-control="context"][data-value="off"]').click();
  const bars = frame.locator('.chart-layout-wide .data-mark');
  await expect(bars).toHaveCount(2);
  expect(await bars.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-year')))).toEqual(['2022', '2025']);
  await expect(note).toHaveCount(0);
  await expect(frame.getByText('Years marked “hidden”')).toBeVisible();
  await frame.locator('[data-control="context"][data-value="on"]').click();
  await expect(bars).toHaveCount(6);
  await expect(note).toBeVisible();
});

test('focusing a flow item tells what it is and where it comes from', async ({ watched: page }) => {
  await visit(page, '/');
  const frame = page.locator('[data-frame="flows"]');
  const item = frame.locator('.chart-layout-wide [data-id="ru-pantsir"]');
  await item.focus();
  await expect(frame.locator('[data-tooltip]')).toContainText('Pantsir air defence');
  await expect(frame.locator('[data-tooltip]')).toContainText('Increased military cooperation');
  // A screen reader hears it once, in the item's name, not again from a live region.
  await expect(item).toHaveAccessibleName(/^Pantsir air defence: .*Increased military cooperation/);
  await expect(item, 'the explanation is not read a second time as a description').toHaveAccessibleDescription('');
  await expect(frame.locator('[aria-live]:not([data-menu] *)')).toHaveCount(0);
  // Escape puts the tooltip away, as it closes a menu; the item keeps its focus.
  await page.keyboard.press('Escape');
  await expect(frame.locator('[data-tooltip]')).toHaveCount(0);
  await expect(item).toBeFocused();
  await frame.locator('[data-control="highlight"][data-value="military-technology"]').click();
  await expect(frame.locator('.chart-layout-wide [data-id="ru-pantsir"]')).toHaveAccessibleName(/^Pantsir air defence \(highlighted\): /);
  await expect(frame.locator('.chart-layout-wide [data-id="ru-food"]')).toHaveAccessibleName(/^Food: /);
});

test('in the estimates over time, no party label covers another label or another party’s mark', async ({ watched: page }) => {
  for (const viewport of [{ width: 1350, height: 940 }, { width: 412, height: 823 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/charts/casualties');
    const overlaps = await page.locator('.chart-layout:visible').first().evaluate((layout) => {
      const rect = (e: Element) => e.getBoundingClientRect();
      const hit = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      const marks = [...layout.querySelectorAll('g.data-mark')].filter((g) => g.querySelector('.estimate-label'));
      const labels = marks.map((g) => ({ g, text: g.querySelector('.estimate-label')!.textContent, box: rect(g.querySelector('.estimate-label')!) }));
      const found: string[] = [];
      const allMarks = [...layout.querySelectorAll<SVGGElement>('.recharts-scatter g.data-mark')];
      const axis = rect(layout.querySelector('.recharts-xAxis .recharts-cartesian-axis-line')!);
      const centre = (g: Element) => ({ x: (rect(g.firstElementChild!).left + rect(g.firstElementChild!).right) / 2, y: (rect(g.firstElementChild!).top + rect(g.firstElementChild!).bottom) / 2 });
      const away = (b: DOMRect, p: { x: number; y: number }) => Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));
      for (const a of labels) {
        for (const b of labels) if (a !== b && a.text && hit(a.box, b.box)) found.push(`${a.text} covers label ${b.text}`);
        for (const g of marks) if (g !== a.g && hit(a.box, rect(g.firstElementChild!))) found.push(`${a.text} covers the mark of ${g.getAttribute('data-id')}`);
        // A framed label is filled: it hides no mark, its own party's included.
        const frame = a.g.querySelector('.estimate-label rect');
        if (frame) for (const g of allMarks) if (hit(rect(frame), rect(g.firstElementChild!))) found.push(`${a.text}'s frame hides the mark of ${g.getAttribute('data-id')}`);
        if (a.box.bottom > axis.top + 0.5) found.push(`${a.text} is struck through by the time axis`);
        // Read as a reader does: a label belongs to the mark nearest it, whose party it must name.
        const named = [...a.g.querySelectorAll('.estimate-label tspan')].map((t) => t.textContent!.replace(/ \((claim|plan)\)$/, ''));
        const nearest = allMarks.reduce((m, g) => (away(a.box, centre(g)) < away(a.box, centre(m)) ? g : m));
        if (!named.includes(nearest.dataset.party!)) found.push(`${a.text} sits nearest the mark of ${nearest.dataset.id} (${nearest.dataset.party})`);
      }
      return { found, count: labels.length };
    });
    expect(overlaps.count, `${viewport.width}: labels drawn`).toBeGreaterThan(10);
    expect(overlaps.found, `${viewport.width} px`).toEqual([]);
  }
});

test('the estimates plot’s axis labels lie inside its drawing, on a phone as on a desktop', async ({ watched: page }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 320, height: 700 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/charts/casualties');
    const outside = await page.locator('.chart-layout:visible .recharts-surface').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.recharts-cartesian-axis-tick text')]
        .filter((t) => t.getBoundingClientRect().left < box.left - 0.01 || t.getBoundingClientRect().right > box.right + 0.01)
        .map((t) => t.textContent);
    });
    expect(outside, `${viewport.width} px`).toEqual([]);
  }
});

test('the explanation of a flow item shows beside it on screen, not far below a tall diagram', async ({ watched: page }) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  await visit(page, '/charts/flows');
  const item = page.locator('.chart-layout-wide [data-id="nk-shells"]');
  await item.focus();
  const tooltip = page.locator('[data-tooltip]');
  await expect(tooltip).toContainText('Artillery shells');
  const [box, at] = [(await tooltip.boundingBox())!, (await item.boundingBox())!];
  expect(box.y).toBeGreaterThanOrEqual(at.y);
  expect(box.y - (at.y + at.height)).toBeLessThan(24);
  expect(box.y + box.height).toBeLessThanOrEqual(940);
});

test('every flow item’s words fit inside the box of its kind, in both drawings', async ({ watched: page }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await page.goto('/charts/flows');
    const overflowing = await page.locator('.chart-layout:visible').evaluate((layout) =>
      // The boxes of kinds, not the links (which carry their kind too).
      [...layout.querySelectorAll('g[data-kind]:not(.flow-link)')].flatMap((group) => {
        const box = group.querySelector(':scope > rect')!.getBoundingClientRect();
        return [...group.querySelectorAll('.flow-item text')]
          .filter((t) => t.getBoundingClientRect().right > box.right - 4)
          .map((t) => t.textContent);
      }),
    );
    expect(overflowing, `${viewport.width} px`).toEqual([]);
  }
});

test('the flow diagram is one Tab stop, which returns to the item last reached by the arrow keys', async ({ watched: page }) => {
  await visit(page, '/charts/flows');
  const layout = page.locator('.chart-layout:visible');
  const items = layout.locator('.flow-item');
  // Roving tabindex: one item of the drawing on screen is in the tab order, whichever it is.
  const stop = layout.locator('.flow-item[tabindex="0"]');
  await expect(stop).toHaveCount(1);
  await stop.focus();
  await expect(items.first()).toBeFocused();
  // A key held with a modifier is the browser's, not the diagram's.
  await page.keyboard.press('Control+End');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  const reached = items.nth(-2);
  await expect(reached).toBeFocused();
  await expect(stop).toHaveCount(1);
  await expect(reached).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('Tab');
  // Tab leaves the diagram for the next control after it, not for another item.
  await expect.poll(() => page.evaluate(() => document.activeElement !== document.body && !document.activeElement?.closest('.flow-item'))).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await expect(reached).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
});

test('moving through the flow items by keyboard, each is on screen with its explanation, which covers no part of it', async ({ watched: page }) => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    await visit(page, '/charts/flows');
    const layout = page.locator('.chart-layout:visible');
    const items = layout.locator('.flow-item');
    await items.first().focus();
    const count = await items.count();
    expect(count).toBe(18);
    const tooltip = page.locator('[data-tooltip]');
    for (let i = 0; i < count; i++) {
      if (i > 0) await page.keyboard.press('ArrowDown');
      const id = await items.nth(i).getAttribute('data-id');
      await expect(items.nth(i), `${viewport.width}: ${id}`).toBeFocused();
      // The item's name is its words, then its explanation: the tooltip shows that explanation.
      const explanation = (await items.nth(i).getAttribute('aria-label'))!.split(': ').slice(1).join(': ');
      await expect(tooltip).toContainText(explanation.slice(0, 20));
      const [item, tip] = [(await items.nth(i).boundingBox())!, (await tooltip.boundingBox())!];
      // Below the item, or above it where below would leave the window; wholly on screen either way.
      const clear = tip.y >= item.y + item.height - 10 || tip.y + tip.height <= item.y + 10;
      expect(clear, `${viewport.width}: ${id} under its tooltip`).toBe(true);
      expect(tip.y, `${viewport.width}: ${id}'s tooltip above the screen`).toBeGreaterThanOrEqual(0);
      expect(tip.y + tip.height, `${viewport.width}: ${id}'s tooltip below the screen`).toBeLessThanOrEqual(viewport.height);
      expect(item.y, `${viewport.width}: ${id} above the screen`).toBeGreaterThanOrEqual(0);
      expect(item.y + item.height, `${viewport.width}: ${id} below the screen`).toBeLessThanOrEqual(viewport.height);
    }
  }
});

test('on a phone a tap on another mark after the first switches the tooltip to it, and a tap away closes it', async ({ browser, baseURL }) => {
  await onPhone(browser, baseURL, async (page) => {
    await visit(page, '/charts/casualties');
    const tooltip = page.locator('[data-frame="casualties"] [data-tooltip]');
    const tap = async (id: string) => {
      const { x, y } = await centreOnScreen(page.locator(`.chart-layout-narrow .data-mark[data-id="${id}"]`));
      await page.touchscreen.tap(x, y);
    };
    await tap('troops-2024-12-19-us-rok');
    await expect(tooltip).toContainText('over 10,000');
    await tap('killed-2025-01-13-nis');
    await expect(tooltip).toContainText('Killed: about 300');
    await expect(tooltip).not.toContainText('over 10,000');
    await tap('troops-2025-04-30-nis');
    await expect(tooltip).toContainText('about 15,000');
    // A tap outside the figure, on the page's words.
    const { x, y } = await centreOnScreen(page.locator('[data-frame="casualties"] h1'));
    await page.touchscreen.tap(x, y);
    await expect(tooltip).toHaveCount(0);
  });
});

test('on a phone a swipe that starts on a mark scrolls the page and leaves no tooltip', async ({ browser, baseURL }) => {
  await onPhone(browser, baseURL, async (page) => {
    await visit(page, '/charts/trade');
    const { x, y } = await centreOnScreen(page.locator('.chart-layout-narrow [data-year="2025"]'));
    const scrolledFrom = await page.evaluate(() => window.scrollY);
    await page.evaluate(() => window.addEventListener('scroll', () => (document.body.dataset.scrolledTo = String(Math.min(window.scrollY, Number(document.body.dataset.scrolledTo ?? Infinity))))));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    // Down and back: the page scrolls towards its head, where there is always room (the bar may sit at its
    // foot), and returns, so the mark is again under the point the finger left.
    for (const step of [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1, 0]) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y + step * 30 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset.scrolledTo ?? Infinity)), { message: 'the swipe scrolled' }).toBeLessThan(scrolledFrom - 50);
    // The browser cancels the touch's pointer once it scrolls: what the finger went down on was not a tap.
    await expect(page.locator('[data-tooltip]')).toHaveCount(0);
    // The same bar tapped still answers, so the swipe did not just leave the tooltip broken.
    await page.touchscreen.tap(x, y);
    await expect(page.locator('[data-tooltip]')).toContainText('$52.9M');
  });
});

test('nothing moves: no layout shift as the page loads and hydrates, nor outside the chart when a control redraws it', async ({ watched: page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number; shifts: number };
    w.shift = 0;
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) {
        w.shift += e.value;
        w.shifts++;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await visit(page, '/');
  await page.waitForLoadState('networkidle');
  // Layout-shift entries are reported at the next frame.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shift = () => page.evaluate(() => (window as unknown as { shift: number; shifts: number }).shift);
  // Inter can arrive after the first paint of the prerendered page and swap in for its metric-matched fallback,
  // a shift of about 0.00001; anything that moved a box would be orders of magnitude more.
  const loaded = await shift();
  expect(loaded).toBeLessThan(0.001);

  // Every box on the page but the chart's own drawing, where it lies in the document.
  const boxes = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => !el.closest('.chart-layout') && el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.tagName} ${Math.round(r.left)},${Math.round(r.top + scrollY)} ${Math.round(r.width)}×${Math.round(r.height)}`;
        }),
    );
  const before = await boxes();
  const frame = page.locator('[data-frame="trade"]');
  await frame.getByRole('button', { name: 'Log' }).click();
  await expect(frame.locator('.chart-layout-wide svg[aria-label*="log scale"]')).toHaveCount(1);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await boxes()).toEqual(before);
  // Not even a shift the browser excuses as following input.
  expect(await shift()).toBe(loaded);
});

test('at 360 px each chart’s table and sources read without sideways scrolling, in the page or inside the table', async ({ watched: page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const chart of charts) {
    for (const tab of ['table', 'sources']) {
      await visit(page, `/charts/${chart}?tab=${tab}`);
      const where = `${chart} ${tab}`;
      expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(360);
      if (tab !== 'table') continue;
      const region = page.getByRole('region', { name: /^Data table: / });
      await expect(region, where).toBeVisible();
      const { scroll, client } = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(scroll, `${where}: the table fits its region`).toBeLessThanOrEqual(client);
    }
  }
});

// 700 px: a phone on its side, where the wide drawing, scaled to its ~600 px slot, would set words at 9 px.
for (const [width, shown] of [[360, 'narrow'], [700, 'narrow'], [1280, 'wide']] as const) {
  test(`reads at ${width}px: no sideways scroll, the layout made for the width`, async ({ watched: page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    for (const chart of charts) {
      await expect(page.locator(`[data-frame="${chart}"] .chart-layout-${shown}`)).toBeVisible();
      // Labels stay readable: no chart text under 11 CSS px once the drawing is scaled to fit.
      const smallest = await page.locator(`[data-frame="${chart}"] .chart-layout-${shown} svg text`).evaluateAll((nodes) =>
        Math.min(
          ...nodes.map((n) => {
            const svg = (n as SVGTextElement).ownerSVGElement!;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return parseFloat(getComputedStyle(n).fontSize) * scale;
          }),
        ),
      );
      expect(smallest).toBeGreaterThanOrEqual(10.9);
    }
  });
}

test('dark theme follows the system', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 20, 23)');
  await context.close();
});

test('on the Table tab the table lists what the chart draws: a control pressed there changes its rows at once, and its link restores them', async ({ watched: page }) => {
  for (const [chart, control, other, article] of [
    ['trade', 'Other sources', 'Russian presidential aide', '$52.9M'],
    ['casualties', 'Other parties’ estimates', 'UK Defence Intelligence', 'over 11,000'],
  ] as const) {
    await visit(page, `/charts/${chart}?tab=table`);
    const table = page.locator(`[data-frame="${chart}"] table`);
    const rows = table.locator('tbody tr');
    const group = page.getByRole('group', { name: control });
    await expect(table.getByRole('row', { name: new RegExp(other) }).first()).toBeVisible();
    const all = await rows.evaluateAll((trs) => trs.filter((tr) => tr.getClientRects().length > 0).length);
    await group.getByRole('button', { name: 'Hide' }).click();
    await expect(table.getByRole('row', { name: new RegExp(other) })).toHaveCount(0);
    await expect(table.getByRole('row', { name: new RegExp(article.replace('$', '\\$')) }).first()).toBeVisible();
    const fewer = await rows.evaluateAll((trs) => trs.filter((tr) => tr.getClientRects().length > 0).length);
    expect(fewer, chart).toBeLessThan(all);
    await page.reload();
    await expect(table.getByRole('row', { name: new RegExp(other) })).toHaveCount(0);
    await group.getByRole('button', { name: 'Show' }).click();
    await expect(table.getByRole('row', { name: new RegExp(other) }).first()).toBeVisible();
  }
  await visit(page, '/charts/flows?tab=table');
  const flows = page.locator('[data-frame="flows"] table');
  await expect(flows.getByRole('row', { name: /Russia → North Korea/ }).first()).toBeVisible();
  await page.locator('[data-frame="flows"] [data-control="direction"][data-value="nk-to-ru"]').click();
  await expect(flows.getByRole('row', { name: /Russia → North Korea/ })).toHaveCount(0);
  await expect(flows.getByRole('row', { name: /North Korea → Russia/ }).first()).toBeVisible();
});

test('hiding other parties takes their figures out of the takeaway and their names out of the source line', async ({ watched: page }) => {
  for (const [chart, control, cited, credited] of [
    ['trade', 'Other sources', '$34.4M', 'RU stats'],
    ['casualties', 'Other parties’ estimates', 'in two deployments', 'NIS'],
  ] as const) {
    await visit(page, `/charts/${chart}`);
    const frame = page.locator(`[data-frame="${chart}"]`);
    const takeaway = frame.locator('[data-takeaway]');
    const sourceLine = frame.locator('p', { hasText: /^Source:/ });
    await expect(takeaway).toContainText(cited);
    await expect(sourceLine).toContainText(credited);
    // The page's sentence is the one its preview and exports carry.
    const description = () => page.locator('meta[property="og:description"]').getAttribute('content');
    expect(await takeaway.innerText(), chart).toBe(await description());
    const group = frame.getByRole('group', { name: control });
    const before = (await group.boundingBox())!;
    await group.getByRole('button', { name: 'Hide' }).click();
    await expect(takeaway, chart).not.toContainText(cited);
    // The shorter sentence keeps the longer one's room: the controls stay under the pointer.
    expect((await group.boundingBox())!.y, `${chart}: the controls moved`).toBe(before.y);
    await expect(takeaway, chart).toHaveText(/\.$/);
    await expect(sourceLine, chart).not.toContainText(credited);
    // The server says the same for the hidden view's own link, in the page and in its preview's words.
    await page.reload();
    await expect(takeaway, `${chart} reloaded`).not.toContainText(cited);
    expect(await description(), chart).not.toContain(cited);
    expect(await takeaway.innerText(), `${chart} reloaded`).toBe(await description());
  }
});

test('the sources tab credits every party it lists, even with their figures off the chart and out of the table', async ({ watched: page }) => {
  for (const [chart, view, credited] of [
    ['trade', 'context=off', 'RU stats'],
    ['casualties', 'estimates=off', 'NIS'],
  ] as const) {
    const sourceLine = page.locator(`[data-frame="${chart}"] p`, { hasText: /^Source:/ });
    for (const tab of ['chart', 'table']) {
      await page.goto(`/charts/${chart}?${view}&tab=${tab}`);
      await expect(sourceLine, `${chart} ${tab}`).not.toContainText(credited);
    }
    await page.goto(`/charts/${chart}?${view}&tab=sources`);
    await expect(sourceLine, `${chart} sources`).toContainText(credited);
  }
});

test('flows: the source line cites the outlet the article credits only while a flow it sized is drawn', async ({ watched: page }) => {
  await visit(page, '/charts/flows');
  const frame = page.locator('[data-frame="flows"]');
  const sourceLine = frame.locator('p', { hasText: /^Source:/ });
  const option = (value: string) => frame.locator(`[data-control="direction"][data-value="${value}"]`);
  // The article credits BBC News for the soldiers, which flow from North Korea to Russia only.
  await expect(frame.locator('[data-id="nk-soldiers"]').first()).toBeAttached();
  await expect(sourceLine).toContainText('” (BBC News)');
  await option('ru-to-nk').click();
  await expect(frame.locator('[data-id="nk-soldiers"]')).toHaveCount(0);
  await expect(sourceLine).not.toContainText('BBC');
  await option('nk-to-ru').click();
  await expect(sourceLine).toContainText('” (BBC News)');
  // As the server renders a link to that view.
  await page.goto('/charts/flows?direction=ru-to-nk');
  await expect(sourceLine).not.toContainText('BBC');
});

test('flows: the takeaway names only the direction drawn, on the page, as pressed, and in the embed', async ({ watched: page }) => {
  await visit(page, '/charts/flows');
  const takeaway = page.locator('[data-frame="flows"] [data-takeaway]');
  await expect(takeaway).toContainText('Russia pays back in military technology');
  const height = (await takeaway.boundingBox())!.height;
  await page.locator('[data-frame="flows"] [data-control="direction"][data-value="nk-to-ru"]').click();
  await expect(takeaway).toHaveText('North Korea sends Russia munitions, soldiers and workers, and backs its war.');
  // The longest sentence keeps its room: the controls below do not move under the pointer.
  expect((await takeaway.locator('xpath=..').boundingBox())!.height).toBeGreaterThanOrEqual(height);
  await page.goto('/embed/flows?direction=ru-to-nk');
  await expect(page.locator('[data-takeaway]')).toHaveText('Russia gives North Korea military technology, fuel, food, money and cover at the UN.');
});

test('flows: a kind that goes only the other way cannot be highlighted, and turning away from it shows all kinds', async ({ watched: page }) => {
  await visit(page, '/charts/flows');
  const frame = page.locator('[data-frame="flows"]');
  const option = (control: string, value: string) => frame.locator(`[data-control="${control}"][data-value="${value}"]`);
  await option('highlight', 'military-technology').click();
  await expect(page).toHaveURL(/highlight=military-technology/);
  await option('direction', 'nk-to-ru').click();
  // No item left faded with nothing bright: the highlight went back to all kinds, and the reader is told why.
  await expect(option('highlight', 'all')).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('[data-reset-notice]')).toHaveText('Military technology: none of this kind goes this way, so Highlight is back to All kinds.');
  await expect(page).not.toHaveURL(/highlight=/);
  await expect(option('highlight', 'military-technology')).toBeDisabled();
  await expect(option('highlight', 'munitions')).toBeEnabled();
  // A link asking for the mismatch gets all kinds and a note saying why.
  await page.goto('/charts/flows?direction=nk-to-ru&highlight=military-technology');
  await expect(page.locator('[data-link-problems]')).toContainText('Highlight is set to “All kinds”, as the link’s choice does not go with the other settings');
  await expect(option('highlight', 'all')).toHaveAttribute('aria-pressed', 'true');
});

test('the dashboard and each chart’s Sources tab say which data they show, in the words of its files and pictures', async ({ watched: page }) => {
  const json = await (await page.request.get('/charts/trade/data.json')).json();
  const stamp = `Data ${json.dataVersion}, figures as of`;
  expect(json.dataVersion).toMatch(/^[0-9a-f]{8}$/);
  await visit(page, '/');
  await expect(page.locator('footer [data-stamp]')).toHaveText(new RegExp(`^${stamp} \\d{1,2} [A-Z][a-z]{2} \\d{4}$`));
  await visit(page, '/charts/casualties?tab=sources');
  await expect(page.locator('[data-stamp]')).toContainText(stamp);
});
