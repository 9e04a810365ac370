import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from '@playwright/test';
import { centreOnScreen, expect, onPhone, test, visit } from './fixtures';
import { physical } from '../test/png-physical';

/** Every target the reader can press on the screen: controls, radio labels, tabs, menu buttons and items, flow items, links. */
const pressable = [
  'button:visible',
  '[role="button"]:visible',
  'label:has(> input[type="radio"]):visible',
  '[role="tab"]:visible',
  '.chart-layout:visible .flow-item',
  // Every link but the skip link, which is a pixel until the keyboard reaches it.
  'a:visible:not([href="#charts"])',
];
async function targets(page: Page) {
  return page.locator(pressable.join(', ')).evaluateAll((nodes) => {
    const boxes = nodes.map((n) => ({ n, r: n.getBoundingClientRect() }));
    // WCAG 2.5.8's spacing rule: a 24 px circle on an undersized target's centre meets no other
    // target, nor another undersized target's circle (their centres 24 px apart).
    const small = (b: (typeof boxes)[number]) => b.r.width < 24 || b.r.height < 24;
    const centre = (b: (typeof boxes)[number]) => [b.r.left + b.r.width / 2, b.r.top + b.r.height / 2];
    const spaced = (a: (typeof boxes)[number]) => {
      const [cx, cy] = centre(a);
      return boxes.every((b) => {
        if (b === a || b.n.contains(a.n) || a.n.contains(b.n)) return true;
        if (Math.hypot(Math.max(b.r.left - cx, 0, cx - b.r.right), Math.max(b.r.top - cy, 0, cy - b.r.bottom)) < 12) return false;
        return !small(b) || Math.hypot(centre(b)[0] - cx, centre(b)[1] - cy) >= 24;
      });
    };
    return boxes.map((b) => ({
      name: (b.n.getAttribute('aria-label') ?? b.n.textContent ?? '').trim().slice(0, 40),
      tag: b.n.tagName.toLowerCase(),
      flow: b.n.classList.contains('flow-item'),
      width: b.r.width,
      height: b.r.height,
      spaced: spaced(b),
    }));
  });
}

for (const width of [360, 390])
  test(`at ${width} px every target is at least 24 × 24 px or spaced as WCAG 2.5.8 allows, and buttons are 44 px tall for a finger`, async ({ browser, baseURL }) => {
    await onPhone(
      browser,
      baseURL,
      async (page) => {
        for (const path of ['/', '/charts/flows', '/charts/casualties?tab=table', '/charts/trade?tab=sources', '/embed/trade']) {
          await visit(page, path);
          if (path === '/') await page.locator('[data-frame="trade"]').getByRole('button', { name: /^Download: / }).click();
          const found = await targets(page);
          // An embed has only its title's link and its chart link.
          expect(found.length, path).toBeGreaterThan(path.startsWith('/embed') ? 1 : 5);
          const small = found.filter((t) => (t.width < 24 || t.height < 24) && !t.spaced).map((t) => `${t.name} ${t.width.toFixed(0)}×${t.height.toFixed(0)}`);
          expect(small, path).toEqual([]);
          expect(found.filter((t) => t.tag === 'a').length, `${path}: its links are measured too`).toBeGreaterThan(0);
          // Links too, spaced or not, are a finger's 24 px tall (design.md).
          expect(found.filter((t) => t.tag === 'a' && t.height < 23.5).map((t) => `${t.name} ${t.height.toFixed(0)} px tall`), path).toEqual([]);
          const short = found.filter((t) => !t.flow && t.tag !== 'a' && t.height < 43.5).map((t) => `${t.name} ${t.height.toFixed(0)} px tall`);
          expect(short, path).toEqual([]);
        }
      },
      width,
    );
  });

test('on a phone each of two marks drawn five pixels apart can be reached by a tap, and the tooltip names whose it is', async ({ browser, baseURL }) => {
  await onPhone(browser, baseURL, async (page) => {
    await visit(page, '/charts/casualties');
    const tooltip = page.locator('[data-frame="casualties"] [data-tooltip]');
    // A mark's symbol, not its group, which may hold its party's label too.
    const mark = (id: string) => page.locator(`.chart-layout-narrow .data-mark[data-id="${id}"] > :first-child`);
    const [ukraine, west] = [mark('casualties-2025-01-09-ukraine'), mark('casualties-2025-01-15-western')];
    // They do coincide: their symbols' centres are a few pixels apart.
    const [a, b] = [await centreOnScreen(ukraine), await centreOnScreen(west)];
    expect(Math.abs(a.x - b.x)).toBeLessThan(12);
    for (const [at, party] of [
      [a, 'President of Ukraine'],
      [b, 'Western officials'],
    ] as const) {
      await page.touchscreen.tap(at.x, at.y);
      await expect(tooltip, party).toContainText(party);
    }
    // Between the two, both are listed, one under the other.
    await page.touchscreen.tap((a.x + b.x) / 2, (a.y + b.y) / 2);
    await expect(tooltip).toContainText('President of Ukraine');
    await expect(tooltip).toContainText('Western officials');
    // The near-zero killed counts of December and January are named where they sit, by their party.
    const nearZero = await centreOnScreen(mark('killed-2024-12-19-nis'));
    await page.touchscreen.tap(nearZero.x, nearZero.y);
    await expect(tooltip).toContainText('Killed: at least 100');
    await expect(tooltip).toContainText('National Intelligence Service');
  });
});

test('on a phone a tooltip listing marks drawn together, too tall for either side of the finger, slides to fit the screen, the mark pressed first', async ({ browser, baseURL }) => {
  await onPhone(browser, baseURL, async (page) => {
    await visit(page, '/charts/casualties');
    const tooltip = page.locator('[data-frame="casualties"] [data-tooltip]');
    const mark = (id: string) => page.locator(`.chart-layout-narrow .data-mark[data-id="${id}"] > :first-child`);
    const ids = ['casualties-2025-01-09-ukraine', 'casualties-2025-01-15-western', 'killed-or-injured-2024-12-31-jcs'];
    // The cluster in the middle of the screen, where neither half of it has room for three marks' words.
    await mark(ids[0]).evaluate((el) => {
      const r = el.getBoundingClientRect();
      window.scrollBy(0, r.top + r.height / 2 - window.innerHeight / 2);
    });
    const centres = await Promise.all(ids.map(async (id) => (await mark(id).boundingBox())!)).then((bs) => bs.map((b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 })));
    const mid = { x: centres.reduce((s, c) => s + c.x, 0) / 3, y: centres.reduce((s, c) => s + c.y, 0) / 3 };
    await page.touchscreen.tap(mid.x, mid.y);
    await expect(tooltip.locator(':scope > div')).toHaveCount(3);
    const tip = (await tooltip.boundingBox())!;
    expect(tip.height, 'too tall for below the finger').toBeGreaterThan(844 - mid.y - 14);
    expect(tip.height, 'and for above it').toBeGreaterThan(mid.y - 24);
    expect(tip.y, 'its head on screen').toBeGreaterThanOrEqual(0);
    expect(tip.y + tip.height, 'and its foot').toBeLessThanOrEqual(844);
    // A tap on one of them lists the one pressed first.
    await page.touchscreen.tap(centres[0].x, centres[0].y);
    await expect(tooltip.locator(':scope > div').first()).toContainText('President of Ukraine');
  });
});

test('a tap or a hover on a party’s label shows its own mark’s figure: each line of a label naming several parties its own, a lone label its mark’s', async ({ browser, baseURL, watched: page }) => {
  // Each label line and what its marks' tooltips name, first their party (the tooltip's third line).
  const lines = async (p: typeof page, layout: string) => {
    const found = await p.locator(`.chart-layout-${layout} [data-label-for]`).evaluateAll((nodes) =>
      nodes.map((n, i) => {
        n.setAttribute('data-line', String(i));
        const id = n.getAttribute('data-label-for')!.split(' ')[0];
        const tip = JSON.parse(document.querySelector(`.chart-layout-${n.closest('[data-layout]')!.getAttribute('data-layout')} [data-tip][data-id="${id}"]`)!.getAttribute('data-tip')!) as string[];
        return { line: i, framed: n.tagName.toLowerCase() === 'rect', party: tip[2].split(', reported by')[0] };
      }),
    );
    expect(found.filter((l) => l.framed).length, 'a label names several parties').toBeGreaterThan(1);
    return found;
  };
  const check = async (p: typeof page, layout: string, press: (x: number, y: number) => Promise<void>) => {
    const tooltip = p.locator('[data-frame="casualties"] [data-tooltip]');
    for (const { line, party } of await lines(p, layout)) {
      const at = await centreOnScreen(p.locator(`.chart-layout-${layout} [data-line="${line}"]`));
      await press(at.x, at.y);
      await expect(tooltip, `line ${line}`).toContainText(party);
    }
  };
  await visit(page, '/charts/casualties');
  await check(page, 'wide', (x, y) => page.mouse.move(x, y));
  await onPhone(browser, baseURL, async (phone) => {
    await visit(phone, '/charts/casualties');
    await check(phone, 'narrow', (x, y) => phone.touchscreen.tap(x, y));
  });
});

test('in an embed framed as tall as its page, a tap near the top of the phone’s screen opens the tooltip below the finger, not off the screen', async ({ browser, baseURL }) => {
  // The host's frame shows the whole embed, so the embed's window reaches above and below the reader's screen.
  const host = createServer((_, res) =>
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end(`<!doctype html><meta name="viewport" content="width=device-width"><div style="height:900px"></div><iframe src="${baseURL}/embed/casualties" width="390" height="2400" style="border:0"></iframe><div style="height:2000px"></div>`),
  );
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  // A phone of its own: the watched ones refuse any origin but the site's, and the host page is another's.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  try {
    const page = await phone.newPage();
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    const embed = page.frameLocator('iframe');
    await expect(embed.locator('html[data-hydrated]')).toHaveCount(1);
    const mark = embed.locator('.chart-layout-narrow .data-mark[data-id="troops-2025-04-30-nis"] > :first-child');
    await mark.waitFor();
    const tooltip = embed.locator('[data-tooltip]');
    // The mark a finger's width below the top of the screen (the tooltip above it cut off), then at the very top (wholly off).
    for (const from of [40, 8]) {
      const before = (await mark.boundingBox())!;
      await page.evaluate((by) => scrollBy(0, by), before.y - from);
      const at = (await mark.boundingBox())!;
      expect(Math.abs(at.y - from), `mark at ${from} px`).toBeLessThan(4);
      await page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
      await expect(tooltip).toContainText('about 15,000');
      await expect.poll(async () => (await tooltip.boundingBox())!.y, { message: `the tooltip’s top on the screen, the mark at ${from} px` }).toBeGreaterThanOrEqual(0);
      await expect(tooltip).toBeVisible();
      // A tap away closes it.
      await page.touchscreen.tap(5, 600);
      await expect(tooltip).toHaveCount(0);
    }
  } finally {
    await phone.close();
    host.close();
  }
});

test('on a phone each tap on a flow item shows that item’s tooltip, the first and every one after it', async ({ browser, baseURL }) => {
  await onPhone(browser, baseURL, async (page) => {
    await visit(page, '/charts/flows');
    const tooltip = page.locator('[data-frame="flows"] [data-tooltip]');
    for (const [id, name] of [
      ['nk-drone-workers', 'Drone workers'],
      ['ru-pantsir', 'Pantsir'],
      ['ru-food', 'Food'],
    ]) {
      const item = page.locator(`.chart-layout-narrow .flow-item[data-id="${id}"]`);
      await item.scrollIntoViewIfNeeded();
      const at = await centreOnScreen(item);
      await page.touchscreen.tap(at.x, at.y);
      await expect(tooltip, name).toContainText(name);
    }
  });
});

test('on a phone a tap on an option that cannot be chosen says why beside it', async ({ browser, baseURL }) => {
  await onPhone(browser, baseURL, async (page) => {
    await visit(page, '/charts/flows?direction=ru-to-nk');
    const munitions = page.locator('[data-control="highlight"][data-value="munitions"]');
    await expect(munitions).toHaveAttribute('aria-disabled', 'true');
    // A finger can press it though it is marked disabled (Playwright's own tap would wait for it to be enabled).
    const at = await centreOnScreen(munitions);
    await page.touchscreen.tap(at.x, at.y);
    await expect(page.getByRole('status').filter({ hasText: 'Munitions: none of this kind goes this way' })).toBeVisible();
    await expect(page).toHaveURL(/direction=ru-to-nk$/);
    await page.locator('[data-control="highlight"][data-value="military-technology"]').tap();
    await expect(page.locator('[data-unavailable-reason]')).toHaveCount(0);
  });
});

test('on a phone a tap anywhere opens the tooltip above the finger, where the hand does not hide it', async ({ browser, baseURL }) => {
  await onPhone(browser, baseURL, async (page) => {
    await visit(page, '/charts/trade');
    const bar = page.locator('.chart-layout-narrow .data-mark[data-year="2025"]');
    await bar.scrollIntoViewIfNeeded();
    // The bar in the middle of the screen, where a tooltip fits above it and below it alike.
    await bar.evaluate((el) => {
      const r = el.getBoundingClientRect();
      window.scrollBy(0, r.top + r.height / 2 - window.innerHeight / 2);
    });
    const at = (await bar.boundingBox())!;
    const y = at.y + at.height / 2;
    await page.touchscreen.tap(at.x + at.width / 2, y);
    const tooltip = page.locator('[data-frame="trade"] [data-tooltip]');
    await expect(tooltip).toContainText('2025: $52.9M');
    const tip = (await tooltip.boundingBox())!;
    expect(tip.y).toBeGreaterThanOrEqual(0);
    expect(tip.y + tip.height, 'ends above the finger').toBeLessThan(y);
  });
});

test('on a phone a tooltip low on the screen opens above the finger, and one near its head below it, where it would not fit above', async ({ browser, baseURL }) => {
  await onPhone(browser, baseURL, async (page) => {
    await visit(page, '/charts/flows');
    const tooltip = page.locator('[data-frame="flows"] [data-tooltip]');
    const tapAt = async (item: Locator, fromFoot: number | null) => {
      await item.scrollIntoViewIfNeeded();
      // Puts the item's centre this far above the window's foot (or near its head).
      await item.evaluate((el, fromFoot) => {
        const r = el.getBoundingClientRect();
        window.scrollBy(0, r.top + r.height / 2 - (fromFoot === null ? 120 : window.innerHeight - fromFoot));
      }, fromFoot);
      const at = await item.boundingBox();
      await page.touchscreen.tap(at!.x + 20, at!.y + at!.height / 2);
      await expect(tooltip).toBeVisible();
      return { tip: (await tooltip.boundingBox())!, y: at!.y + at!.height / 2 };
    };
    const low = await tapAt(page.locator('.chart-layout-narrow .flow-item').last(), 40);
    expect(low.tip.y, 'the tooltip starts on screen').toBeGreaterThanOrEqual(0);
    expect(low.tip.y + low.tip.height, 'and ends above the finger').toBeLessThan(low.y);
    const high = await tapAt(page.locator('.chart-layout-narrow .flow-item').first(), null);
    expect(high.y, 'the item near the head of the screen').toBeLessThan(140);
    expect(high.tip.y, 'near the head of the screen it opens below the finger').toBeGreaterThan(high.y);
    expect(high.tip.y + high.tip.height).toBeLessThanOrEqual(844);
  });
});

test('on a phone a tooltip from a mark right of centre takes the width its words need, inside the screen', async ({ browser, baseURL }) => {
  await onPhone(browser, baseURL, async (page) => {
    await visit(page, '/charts/casualties');
    // The mark just right of the figure's middle, where the least room is left beside the finger.
    const marks = page.locator('.chart-layout-narrow .recharts-scatter g.data-mark');
    const middle = await page.locator('[data-frame="casualties"] .chart-layout-narrow').evaluate((el) => el.getBoundingClientRect().left + el.getBoundingClientRect().width / 2);
    const xs = await marks.evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().left + g.getBoundingClientRect().width / 2));
    const right = xs.map((x, i) => ({ x, i })).filter((m) => m.x > middle + 4);
    const mark = marks.nth(right.reduce((a, b) => (b.x < a.x ? b : a)).i);
    await centreOnScreen(mark);
    const at = (await mark.boundingBox())!;
    await page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
    const tip = (await page.locator('[data-frame="casualties"] [data-tooltip]').boundingBox())!;
    expect(tip.width, 'not squeezed into what is left beside the finger').toBeGreaterThan(240);
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(390);
  });
});

test('from a phone the Download menu offers the wide picture for slides and the tall one, each the server’s', async ({ browser, baseURL }) => {
  await onPhone(browser, baseURL, async (page) => {
    await visit(page, '/charts/trade');
    const frame = page.locator('[data-frame="trade"]');
    const menuButton = frame.getByRole('button', { name: /^Download: / });
    const version = (await page.locator('meta[property="og:image"]').getAttribute('content'))!.match(/[?&]v=([^&]+)/)![1];
    for (const [shape, layout, preselected] of [
      // A phone shows the tall drawing, so the tall picture is the one preselected;
      ['Wide (slides)', 'wide', 'Tall (phones, print)'],
      // once the reader has chosen, the choice stands for the next download.
      ['Tall (phones, print)', 'narrow', 'Wide (slides)'],
    ] as const) {
      await menuButton.click();
      await expect(frame.getByRole('button', { name: preselected })).toHaveAttribute('aria-pressed', 'true');
      await frame.getByRole('button', { name: shape }).click();
      const [file] = await Promise.all([page.waitForEvent('download'), frame.getByRole('link', { name: 'PNG 2×', exact: true }).click()]);
      const body = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
      const server = await page.request.get(`/charts/trade/image.png?theme=light&density=2&layout=${layout}&v=${version}`);
      expect(body.equals(await server.body()), shape).toBe(true);
      // Saved side by side, the two shapes keep apart.
      expect(file.suggestedFilename(), shape).toBe(`russia-nk-trade-2018-2025-light-${layout === 'narrow' ? 'tall' : 'wide'}@2x.png`);
      // Sized for slides and documents: 96 DPI at 1×, so 192 at 2×.
      expect(physical(body), shape).toEqual({ x: 7559, y: 7559, unit: 1 });
    }
  });
});

test('every PNG says it is 96 DPI times its density, link previews 96', async ({ request }) => {
  for (const [density, perMetre] of [
    [1, 3780],
    [2, 7559],
    [4, 15118],
  ] as const) {
    const png = await (await request.get(`/charts/flows/image.png?density=${density}&layout=narrow`)).body();
    expect(physical(png), `${density}×`).toEqual({ x: perMetre, y: perMetre, unit: 1 });
  }
  expect(physical(await (await request.get('/charts/trade/image.png?variant=preview')).body())).toEqual({ x: 3780, y: 3780, unit: 1 });
});
