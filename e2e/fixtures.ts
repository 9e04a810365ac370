import { test as base, expect, type Browser, type Locator, type Page } from '@playwright/test';

/**
 * Collects a page's console errors, hydration warnings, page errors, Content-Security-Policy
 * violations and requests that leave `origin`; the returned list is read at the end of the test.
 */
async function watch(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /hydrat/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A blocked inline script does not always reach the console; the event always fires.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  );
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`off-origin request: ${url}`);
  });
  return problems;
}

/** Every test page fails on what `watch` collects. */
export const test = base.extend<{ watched: Page }>({
  watched: async ({ page, baseURL }, use) => {
    const problems = await watch(page, new URL(baseURL!).origin);
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

export { expect };

/** The origin the build names in links, files and snippets: SITE_URL when `next build` ran (scripts/test.sh sets none). */
export const siteOrigin = process.env.SITE_URL ?? 'http://localhost:3000';

/** A link the site gives out, opened on the server under test rather than at the site's public address. */
export const servedHere = (link: string, baseURL: string | undefined) => link.replaceAll(siteOrigin, new URL(baseURL!).origin);

/**
 * Waits until React has hydrated the page (components/HydratedMark). A press before that follows the
 * control's link, as it would without scripts, instead of changing the view in place.
 */
export const hydrated = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-hydrated', '');

/** Opens a path and waits for hydration, so the test's presses reach the islands. */
export async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  await hydrated(page);
  return response;
}

/** A chart's own controls, not the choices inside its Download and Share menus. */
export const chartControl = '[data-control]:not([data-menu] *)';

/** A toolbar menu (a popover, shown only while open), found from its button. */
export const menuOf = async (button: Locator) => button.page().locator(`[id="${await button.getAttribute('aria-controls')}"]`);

/** The middle of an element, scrolled into view first: where a finger lands on it. */
export async function centreOnScreen(target: Locator) {
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Runs steps in a fresh, watched touch context the size of a phone, closed whatever happens. */
export async function onPhone(browser: Browser, baseURL: string | undefined, steps: (page: Page) => Promise<void>, width = 390) {
  const context = await browser.newContext({ baseURL, viewport: { width, height: 844 }, hasTouch: true, isMobile: true });
  try {
    const page = await context.newPage();
    const problems = await watch(page, new URL(baseURL!).origin);
    await steps(page);
    expect(problems, problems.join('\n')).toEqual([]);
  } finally {
    await context.close();
  }
}
