import { NextResponse, type NextRequest } from 'next/server';
import { chartIdInOtherCase, chartPath, dashboardPath, isChartId, onChartTab, stateFromSlug, themeChoices, viewSlug, type ChartId, type ChartState } from './lib/chart-state';
import { keptBriefly } from './lib/cache-policy';
import { contentSecurityPolicy, pageHashes } from './lib/content-security-policy';
import { problemsFragment } from './lib/link-problems';
import { dataFormats, oneOf, pictureFormats } from './lib/export/file-formats';
import { onlyGetAndHead, plainRefusal } from './lib/plain-answers';
import { parseImageRequest } from './lib/export/image-request';
import { parseState } from './lib/parse-state';

// A chart page or embed as readers link it (`/charts/trade?scale=log`), and the prerendered view it is served from.
const linkedRoute = /^\/(charts|embed)\/([^/]+)\/?$/;
const viewRoute = /^\/(charts|embed)\/([^/]+)\/([^/]+)\/?$/;
const routerHeaders = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch'];
// A chart's picture and data files and the icon, answered by their own routes (plain words for a bad request).
const fileRoute = new RegExp(`^/(?:icon\\.svg|charts/([^/]+)/((?:image\\.(?:${oneOf(pictureFormats)})|data\\.(?:${oneOf(dataFormats)}))))$`);
// Public files: a missing one gets the HTML 404 page, which needs its policy like any page.
const publicFiles = /^\/(?:drawings|fonts)\//;
// Not a route: rewriting here renders the product's prerendered 404 page.
const NOT_FOUND_PATH = '/not-a-chart';
// Conditions Next would answer from the 404 page's ETag (`If-None-Match: *` matches anything), turning a 404 into a 304.
const conditionalHeaders = ['if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since'];
const refuse = (status: number, message: string) => {
  const { body, headers } = plainRefusal(message);
  return new NextResponse(body, { status, headers });
};
/** A redirect to a path of this site (Next sends a same-origin Location relative, so no Host reaches the response). */
const redirect = (request: NextRequest, location: string, status: 307 | 308) =>
  NextResponse.redirect(new URL(location, request.url), { status, headers: { 'Cache-Control': keptBriefly } });

/**
 * Maps each link onto the page prerendered for its view, so every page is built once and served
 * from cache, and sends each page's Content-Security-Policy (its own inline scripts by hash). A link
 * that is not a view's canonical one is redirected to it: hand-typed capitals (`/charts/Trade`,
 * `SCALE=LOG`), defaults spelled out, settings that cannot be used (what they were rides in the
 * fragment for a quiet note). An unknown chart gets the 404 page, which lists the charts. Files pass
 * through to their routes (a missing public file's 404 page with its policy too); none of them reaches
 * Next with the reader's cookies.
 */
export function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return new NextResponse(onlyGetAndHead.body, { status: onlyGetAndHead.status, headers: onlyGetAndHead.headers });
  // The site has no client-side navigation, so no request for a page's RSC payload is ours. Left to Next, one
  // would be answered with a redirect that a cache keyed on the URL alone would then serve to every reader.
  if (routerHeaders.some((h) => request.headers.has(h)))
    return refuse(400, 'This site has no client-side navigation.');
  const { pathname: asked } = request.nextUrl;
  // `/Charts/trade`, typed by hand, is read as `/charts/trade`, and redirected there with the rest of what is off.
  const section = asked.match(/^\/(charts|embed)\//i)?.[1];
  const pathname = section ? `/${section.toLowerCase()}${asked.slice(section.length + 1)}` : asked;
  const file = pathname.match(fileRoute);
  if (file) {
    const id = file[1] === undefined ? '' : decoded(file[1]);
    // An id that is not valid percent-encoding would otherwise get Next's bare 400 from the rewrite.
    if (id === null) return page(request, NOT_FOUND_PATH, '/_not-found', false);
    const meant = chartIdInOtherCase(id);
    if (meant || pathname !== asked) return redirect(request, fileAddress(meant ?? file[1], file[2], request.nextUrl.searchParams), 308);
    return withUnversionedLifetime(pathname, NextResponse.next({ request: { headers: forwarded(request) } }));
  }
  if (publicFiles.test(pathname)) {
    const headers = forwarded(request);
    // `*` would match the 404 page of a missing file; any other ETag is a file's own.
    if (headers.get('if-none-match')?.trim() === '*') headers.delete('if-none-match');
    return withUnversionedLifetime(pathname, withPolicy(NextResponse.next({ request: { headers } }), '/_not-found', false));
  }
  // The file routes' own addresses: a second name for every file, which no page links to.
  if (pathname.startsWith('/api/'))
    return refuse(404, 'No such file.');
  if (pathname === '/') return dashboard(request);
  // A chart's address cut back to its section (`/charts`) asks for the list of the charts: the dashboard.
  if (/^\/charts\/?$/i.test(pathname)) return redirect(request, '/', 308);
  const linked = pathname.match(linkedRoute);
  if (linked) return servedView(request, linked[1] as Base, linked[2], pathname !== asked);
  const direct = pathname.match(viewRoute);
  if (direct) {
    // A prerendered view's own path is not a link to share: send the reader to the one that is.
    const id = decoded(direct[2]) ?? '';
    const state = isChartId(id) ? stateFromSlug(id, direct[3]) : null;
    if (isChartId(id) && state) return redirect(request, viewLink(direct[1] as Base, id, state), 308);
    return page(request, NOT_FOUND_PATH, '/_not-found', direct[1] === 'embed');
  }
  // Any other path is the 404 page, rendered as such rather than left to Next, whose rewrites match paths in any
  // case (`/Charts/trade/image.png` would reach the picture route under a second name).
  // The development server answers paths of its own (hot reload, the error overlay's), which must reach it.
  return page(request, dev ? null : NOT_FOUND_PATH, '/_not-found', false);
}

/**
 * Where a file typed in capitals (`/Charts/Trade/image.png?SCALE=LOG`) is sent, in one step: a picture's one
 * address (lib/export/image-request), or as asked where the picture route will refuse it; a data file, which
 * takes no query.
 */
function fileAddress(chart: string, file: string, query: URLSearchParams) {
  const format = file.match(/^image\.(\w+)$/)?.[1];
  if (!format) return `/charts/${chart}/${file}`;
  const asked: Record<string, string[]> = {};
  for (const [key, value] of query) (asked[key] ??= []).push(value);
  const parsed = parseImageRequest({ ...asked, chart, format }, '');
  if (parsed.ok) return parsed.canonical;
  return parsed.status === 308 ? parsed.location : `/charts/${chart}/${file}${query.size ? `?${query}` : ''}`;
}

/**
 * The dashboard takes one setting, its theme, each prerendered (app/home/[theme]); anything else in its
 * query would only make another copy of it in every cache, so it is dropped by a redirect.
 */
function dashboard(request: NextRequest) {
  const { search, searchParams } = request.nextUrl;
  if (!search) return page(request, null, '/', false);
  const asked = [...searchParams].filter(([key]) => key.toLowerCase() === 'theme').map(([, value]) => value.toLowerCase());
  const valid = themeChoices.find((t) => asked.length === 1 && t === asked[0]);
  const canonical = dashboardPath(valid ?? 'system');
  // Another spelling of a theme is the same page for good; junk, or a theme that is not one, for now.
  const onlyTheme = valid !== undefined && [...searchParams.keys()].length === 1;
  if (search !== canonical.slice(1)) return redirect(request, canonical, onlyTheme ? 308 : 307);
  return page(request, `/home/${valid}`, `/home/${valid}`, false);
}

type Base = 'charts' | 'embed';

const viewLink = (base: Base, chart: ChartId, state: ChartState) => chartPath(chart, base === 'embed' ? onChartTab(state) : state, `/${base}`);

/** A chart page or embed as linked; `misspelled`: its section was typed in capitals (`/Charts/`). */
function servedView(request: NextRequest, base: Base, rawId: string, misspelled: boolean) {
  const { pathname, search, searchParams } = request.nextUrl;
  // The chart id as Next will read it; null where it is not valid percent-encoding. A hand-typed
  // `/charts/Trade` leads to the chart, query and all, rather than to the 404 page.
  const typed = decoded(rawId);
  const id = (typed !== null && chartIdInOtherCase(typed)) || typed;
  // An id that is not valid percent-encoding (`/charts/%E0%A4%A`) would otherwise get Next's bare 400 page.
  // Inside an embed's frame the 404 page must show too: its links lead out of the frame.
  if (id === null || !isChartId(id)) return page(request, NOT_FOUND_PATH, '/_not-found', base === 'embed');
  const { state, rejected } = parseState(id, searchParams);
  const canonical = viewLink(base, id, state);
  // An embed has no room for the note: it shows its view, quietly.
  if (rejected.length) return redirect(request, canonical + (base === 'charts' ? problemsFragment(rejected) : ''), 307);
  if (misspelled || `${pathname}${search}` !== canonical) return redirect(request, canonical, 308);
  const view = `/${base}/${id}/${viewSlug(id, base === 'embed' ? onChartTab(state) : state)}`;
  return page(request, view, view, base === 'embed');
}

/**
 * What Next is handed: the request without its cookies, which the site never reads (Next would answer a
 * stale preview cookie with a Set-Cookie on a page every reader shares), and, on the way to the 404 page,
 * without conditions.
 */
function forwarded(request: NextRequest, notFound = false) {
  const headers = new Headers(request.headers);
  headers.delete('cookie');
  if (notFound) for (const name of conditionalHeaders) headers.delete(name);
  return headers;
}

const dev = process.env.NODE_ENV === 'development';

function withPolicy(response: NextResponse, route: string, frameable: boolean) {
  response.headers.set('Content-Security-Policy', contentSecurityPolicy(dev ? 'development' : pageHashes(route), { frameable }));
  return response;
}

/** Serves a page (rewritten to `target`, or as asked) with the policy for the prerendered `route`. */
function page(request: NextRequest, target: string | null, route: string, frameable: boolean) {
  const notFound = route === '/_not-found';
  const init = { request: { headers: forwarded(request, notFound) } };
  const response = withPolicy(target ? NextResponse.rewrite(new URL(target, request.url), init) : NextResponse.next(init), route, frameable);
  // Next marks a prerendered page fit for shared caches for a year; a new build must reach readers sooner.
  // A 404 no cache keeps: the page may exist after the next build (Next keeps most of them private anyway, not `/404`).
  if (!dev) response.headers.set('Cache-Control', notFound ? 'no-store' : keptBriefly);
  return response;
}

/**
 * The icon and the font files keep their names from build to build, and Next sends them as never to be kept
 * (`max-age=0`): a shared cache may keep them as long as a page (a drawing's file, named by its build, is kept for
 * good by next.config.ts). Where the file is missing, Next's 404 keeps its `no-store`.
 */
function withUnversionedLifetime(pathname: string, response: NextResponse) {
  if (!dev && (pathname === '/icon.svg' || pathname.startsWith('/fonts/'))) response.headers.set('Cache-Control', keptBriefly);
  return response;
}

function decoded(path: string) {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

export const config = {
  // Everything but the framework's own files, which exist whenever they are asked for (their names are the build's).
  matcher: [{ source: '/((?!_next/static|_next/image).*)' }],
};
