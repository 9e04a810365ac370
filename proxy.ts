import { NextResponse, type NextRequest } from 'next/server';
import { chartIdInOtherCase, chartPath, isChartId, onChartTab, stateFromSlug, viewSlug, type ChartId, type ChartState } from './lib/chart-state';
import { keptBriefly } from './lib/cache-policy';
import { contentSecurityPolicy, pageHashes } from './lib/content-security-policy';
import { problemsFragment } from './lib/link-problems';
import { onlyGetAndHead } from './lib/plain-answers';
import { parseState } from './lib/parse-state';

// A chart page or embed as readers link it (`/charts/trade?scale=log`), and the prerendered view it is served from.
const linkedRoute = /^\/(charts|embed)\/([^/]+)\/?$/;
const viewRoute = /^\/(charts|embed)\/([^/]+)\/([^/]+)\/?$/;
const routerHeaders = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch'];
// Not a route: rewriting here renders the product's prerendered 404 page.
const NOT_FOUND_PATH = '/not-a-chart';
/** A redirect to a path of this site (Next sends a same-origin Location relative, so no Host reaches the response). */
const redirect = (request: NextRequest, location: string, status: 307 | 308) =>
  NextResponse.redirect(new URL(location, request.url), { status, headers: { 'Cache-Control': keptBriefly } });

/**
 * Maps each link onto the page prerendered for its view, so every page is built once and served
 * from cache, and sends each page's Content-Security-Policy (its own inline scripts by hash). A link
 * that is not a view's canonical one is redirected to it: hand-typed capitals (`/charts/Trade`,
 * `SCALE=LOG`), defaults spelled out, settings that cannot be used (what they were rides in the
 * fragment for a quiet note). An unknown chart gets the 404 page, which lists the charts.
 */
export function proxy(request: NextRequest) {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return new NextResponse(onlyGetAndHead.body, { status: onlyGetAndHead.status, headers: onlyGetAndHead.headers });
  // The site has no client-side navigation, so no request for a page's RSC payload is ours. Left to Next, one
  // would be answered with a redirect that a cache keyed on the URL alone would then serve to every reader.
  if (routerHeaders.some((h) => request.headers.has(h)))
    return new NextResponse('This site has no client-side navigation.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  const { pathname } = request.nextUrl;
  const linked = pathname.match(linkedRoute);
  if (linked) return servedView(request, linked[1] as Base, linked[2]);
  const direct = pathname.match(viewRoute);
  if (direct) {
    // A prerendered view's own path is not a link to share: send the reader to the one that is.
    const id = decoded(direct[2]) ?? '';
    const state = isChartId(id) ? stateFromSlug(id, direct[3]) : null;
    if (isChartId(id) && state) return redirect(request, viewLink(direct[1] as Base, id, state), 308);
    return page(request, NOT_FOUND_PATH, '/_not-found', direct[1] === 'embed');
  }
  return page(request, null, pathname === '/' ? '/' : '/_not-found', false);
}

type Base = 'charts' | 'embed';

const viewLink = (base: Base, chart: ChartId, state: ChartState) => chartPath(chart, base === 'embed' ? onChartTab(state) : state, `/${base}`);

function servedView(request: NextRequest, base: Base, rawId: string) {
  const { pathname, search, searchParams } = request.nextUrl;
  // The chart id as Next will read it; null where it is not valid percent-encoding.
  const id = decoded(rawId);
  // A hand-typed `/charts/Trade` leads to the chart, query and all, rather than to the 404 page.
  const meant = id !== null && chartIdInOtherCase(id);
  if (meant) return redirect(request, `/${base}/${meant}${search}`, 308);
  // An id that is not valid percent-encoding (`/charts/%E0%A4%A`) would otherwise get Next's bare 400 page.
  // Inside an embed's frame the 404 page must show too: its links lead out of the frame.
  if (id === null || !isChartId(id)) return page(request, NOT_FOUND_PATH, '/_not-found', base === 'embed');
  const { state, rejected } = parseState(id, searchParams);
  const canonical = viewLink(base, id, state);
  // An embed has no room for the note: it shows its view, quietly.
  if (rejected.length) return redirect(request, canonical + (base === 'charts' ? problemsFragment(rejected) : ''), 307);
  if (`${pathname}${search}` !== canonical) return redirect(request, canonical, 308);
  const view = `/${base}/${id}/${viewSlug(id, base === 'embed' ? onChartTab(state) : state)}`;
  return page(request, view, view, base === 'embed');
}

/** Serves a page (rewritten to `target`, or as asked) with the policy for the prerendered `route`. */
function page(request: NextRequest, target: string | null, route: string, frameable: boolean) {
  const dev = process.env.NODE_ENV === 'development';
  const policy = contentSecurityPolicy(dev ? 'development' : pageHashes(route), { frameable });
  const response = target ? NextResponse.rewrite(new URL(target, request.url)) : NextResponse.next();
  response.headers.set('Content-Security-Policy', policy);
  // Next marks a prerendered page fit for shared caches for a year; a new build must reach readers sooner.
  // (Its 404 page it keeps private whatever is set here.)
  if (!dev) response.headers.set('Cache-Control', keptBriefly);
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
  // Pages only: static files, drawings, images and data files carry no scripts to protect.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|fonts/|drawings/|icon.svg|charts/[^/]+/(?:image|data)\\.).*)' }],
};
