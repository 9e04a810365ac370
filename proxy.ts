import { NextResponse, type NextRequest } from 'next/server';
import { chartIdInOtherCase, isChartId } from './lib/chart-state';
import { contentSecurityPolicy, prerenderedHashes } from './lib/content-security-policy';

// The only routes rendered per request: they read the query. Any other path is a prerendered page (the dashboard or the 404 page).
const perRequestRoute = /^\/(charts|embed)\/([^/]+)\/?$/;
// Not a route: rewriting here renders the product's 404 page. Keep it unlike any chart id or page.
const NOT_FOUND_PATH = '/not-a-chart';

/**
 * Sends the Content-Security-Policy. Pages rendered per request get a fresh nonce, which Next
 * reads from the request's policy and puts on its scripts; prerendered pages are served as built,
 * so their inline scripts are allowed by hash. The development server renders every page per
 * request. See README, design notes.
 */
export function proxy(request: NextRequest) {
  const dev = process.env.NODE_ENV === 'development';
  const { pathname } = request.nextUrl;
  const route = pathname.match(perRequestRoute);
  // The chart id as Next will read it; null where it is not valid percent-encoding.
  const id = route && decodable(route[2]) ? decodeURIComponent(route[2]) : null;
  // A hand-typed `/charts/Trade` leads to the chart, query and all, rather than to the 404 page.
  const meant = route && id !== null && chartIdInOtherCase(id);
  if (meant) {
    const url = request.nextUrl.clone();
    url.pathname = `/${route[1]}/${meant}`;
    return NextResponse.redirect(url, 308);
  }
  // An unknown chart id gets the product's prerendered 404 page, which lists the charts. Left to the
  // route, its 404 would stream in after the metadata and show nothing until scripts ran; an id that is
  // not valid percent-encoding (`/charts/%E0%A4%A`) would get Next's bare 400 page.
  const unknown = route && !(id !== null && isChartId(id));
  const scripts = dev || (route && !unknown) ? { nonce: Buffer.from(crypto.randomUUID()).toString('base64') } : { hashes: prerenderedHashes() };
  const policy = contentSecurityPolicy(scripts, { frameable: pathname.startsWith('/embed/'), dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const init = { request: { headers: requestHeaders } };
  const response = unknown ? NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url), init) : NextResponse.next(init);
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

function decodable(path: string) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Pages only: static files, images and the PNG route carry no scripts to protect.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|fonts/|icon.svg|charts/[^/]+/image.png).*)' }],
};
