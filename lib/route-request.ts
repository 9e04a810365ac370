import { chartIdInOtherCase, isChartId, onChartTab, themeChoices, type ChartId, type ChartState } from './chart-state';
import { chartPath, dashboardPath, stateFromSlug, viewSlug } from './chart-url';
import { dataFormats, oneOf, pictureFormats } from './export/file-formats';
import { parseImageRequest } from './export/image-request';
import { problemsFragment } from './link-problems';
import { parseState } from './parse-state';

/**
 * What the site answers a request with, decided from its method and address alone (proxy.ts turns it
 * into Next's response): every page is built once per view and served from cache, and every view has
 * one address, so any other spelling of a link is redirected to it.
 */
export type Routed =
  | { answer: 'method' }
  | { answer: 'refuse'; status: 400 | 404; message: string }
  | { answer: 'redirect'; location: string; status: 307 | 308 }
  /** A page: the prerendered `target` (null: as asked), with the policy of `route`; `frameable` for an embed. */
  | { answer: 'page'; target: string | null; route: string; frameable: boolean }
  /** A file, to its route (`file`) or from public/ (`public`); `briefly`: its name stays from build to build. */
  | { answer: 'file' | 'public'; briefly: boolean };

export type Asked = { method: string; url: Pick<URL, 'pathname' | 'search' | 'searchParams'>; routerRequest: boolean; dev: boolean };

// A chart page or embed as readers link it (`/charts/trade?scale=log`), and the prerendered view it is served from.
const linkedRoute = /^\/(charts|embed)\/([^/]+)\/?$/;
const viewRoute = /^\/(charts|embed)\/([^/]+)\/([^/]+)\/?$/;
// A chart's picture and data files and the icon, answered by their own routes (plain words for a bad request).
const fileRoute = new RegExp(`^/(?:icon\\.svg|charts/([^/]+)/((?:image\\.(?:${oneOf(pictureFormats)})|data\\.(?:${oneOf(dataFormats)}))))$`);
// Public files: a missing one gets the HTML 404 page, which needs its policy like any page.
const publicFiles = /^\/(?:drawings|fonts)\//;
// Not a route: rewriting here renders the product's prerendered 404 page.
const notFoundPath = '/not-a-chart';
export const notFoundRoute = '/_not-found';

type Base = 'charts' | 'embed';

const notFound = (frameable: boolean): Routed => ({ answer: 'page', target: notFoundPath, route: notFoundRoute, frameable });
const redirect = (location: string, status: 307 | 308): Routed => ({ answer: 'redirect', location, status });
// The icon and the font files keep their names from build to build (a drawing's file, named by its build, does not).
const sameNameEachBuild = (pathname: string) => pathname === '/icon.svg' || pathname.startsWith('/fonts/');

export function routeRequest({ method, url, routerRequest, dev }: Asked): Routed {
  if (method !== 'GET' && method !== 'HEAD') return { answer: 'method' };
  // The site has no client-side navigation, so no request for a page's RSC payload is ours. Left to Next, one
  // would be answered with a redirect that a cache keyed on the URL alone would then serve to every reader.
  if (routerRequest) return { answer: 'refuse', status: 400, message: 'This site has no client-side navigation.' };
  const asked = url.pathname;
  // `/Charts/trade`, typed by hand, is read as `/charts/trade`, and redirected there with the rest of what is off.
  const section = asked.match(/^\/(charts|embed)\//i)?.[1];
  const pathname = section ? `/${section.toLowerCase()}${asked.slice(section.length + 1)}` : asked;
  const file = pathname.match(fileRoute);
  if (file) {
    const id = file[1] === undefined ? '' : decoded(file[1]);
    // An id that is not valid percent-encoding would otherwise get Next's bare 400 from the rewrite.
    if (id === null) return notFound(false);
    // `tr%61de` or `Trade` for trade: the file's one address names the chart as it is spelt.
    const meant = chartIdInOtherCase(id) ?? (id !== file[1] && isChartId(id) ? id : undefined);
    if (meant || pathname !== asked) return redirect(fileAddress(meant ?? file[1], file[2], url.searchParams), 308);
    return { answer: 'file', briefly: sameNameEachBuild(pathname) };
  }
  if (publicFiles.test(pathname)) return { answer: 'public', briefly: sameNameEachBuild(pathname) };
  // The file routes' own addresses: a second name for every file, which no page links to.
  if (pathname.startsWith('/api/')) return { answer: 'refuse', status: 404, message: 'No such file.' };
  if (pathname === '/') return dashboard(url);
  // A chart's address cut back to its section (`/charts`) asks for the list of the charts: the dashboard, in its theme.
  if (/^\/charts\/?$/i.test(pathname)) return redirect(dashboardAddress(url.searchParams).canonical, 308);
  const linked = pathname.match(linkedRoute);
  if (linked) return linkedView(url, linked[1] as Base, linked[2]);
  const direct = pathname.match(viewRoute);
  if (direct) {
    // A prerendered view's own path is not a link to share: send the reader to the one that is.
    const id = decoded(direct[2]) ?? '';
    const state = isChartId(id) ? stateFromSlug(id, direct[3]) : null;
    if (isChartId(id) && state) return redirect(viewLink(direct[1] as Base, id, state), 308);
    return notFound(direct[1] === 'embed');
  }
  // Any other path is the 404 page, rendered as such rather than left to Next, whose rewrites match paths in any
  // case (`/Charts/trade/image.png` would reach the picture route under a second name).
  // The development server answers paths of its own (hot reload, the error overlay's), which must reach it.
  return dev ? { answer: 'page', target: null, route: notFoundRoute, frameable: false } : notFound(false);
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
function dashboard({ search, searchParams }: Asked['url']): Routed {
  if (!search) return { answer: 'page', target: null, route: '/', frameable: false };
  const { theme, canonical, onlyTheme } = dashboardAddress(searchParams);
  // Another spelling of a theme is the same page for good; junk, or a theme that is not one, for now.
  if (search !== canonical.slice(1)) return redirect(canonical, onlyTheme ? 308 : 307);
  return { answer: 'page', target: `/home/${theme}`, route: `/home/${theme}`, frameable: false };
}

/** The dashboard's address for a query: its theme, if the query names one (in any case), and nothing else. */
function dashboardAddress(query: URLSearchParams) {
  const asked = [...query].filter(([key]) => key.toLowerCase() === 'theme').map(([, value]) => value.toLowerCase());
  const theme = themeChoices.find((t) => asked.length === 1 && t === asked[0]) ?? 'system';
  return { theme, canonical: dashboardPath(theme), onlyTheme: asked.length === 1 && theme === asked[0] && [...query.keys()].length === 1 };
}

const viewLink = (base: Base, chart: ChartId, state: ChartState) => chartPath(chart, base === 'embed' ? onChartTab(state) : state, `/${base}`);

/** A chart page or embed as linked (its section typed in capitals, `/Charts/`, is not its address either). */
function linkedView({ pathname, search, searchParams }: Asked['url'], base: Base, rawId: string): Routed {
  // The chart id as Next will read it; null where it is not valid percent-encoding. A hand-typed
  // `/charts/Trade` leads to the chart, query and all, rather than to the 404 page.
  const typed = decoded(rawId);
  const id = (typed !== null && chartIdInOtherCase(typed)) || typed;
  // An id that is not valid percent-encoding (`/charts/%E0%A4%A`) would otherwise get Next's bare 400 page.
  // Inside an embed's frame the 404 page must show too: its links lead out of the frame.
  if (id === null || !isChartId(id)) return notFound(base === 'embed');
  const { state, rejected } = parseState(id, searchParams);
  const canonical = viewLink(base, id, state);
  // An embed has no room for the note: it shows its view, quietly.
  if (rejected.length) return redirect(canonical + (base === 'charts' ? problemsFragment(rejected) : ''), 307);
  if (`${pathname}${search}` !== canonical) return redirect(canonical, 308);
  const view = `/${base}/${id}/${viewSlug(id, base === 'embed' ? onChartTab(state) : state)}`;
  return { answer: 'page', target: view, route: view, frameable: base === 'embed' };
}

function decoded(path: string) {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
