import { NextResponse, type NextRequest } from 'next/server';
import { chartIdInOtherCase } from './lib/chart-state';
import { contentSecurityPolicy, prerenderedHashes } from './lib/content-security-policy';

// The only routes rendered per request: they read the query. Any other path is a prerendered page (the dashboard or the 404 page).
const perRequestRoute = /^\/(charts|embed)\/([^/]+)\/?$/;

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
  const nonce = () => ({ nonce: Buffer.from(crypto.randomUUID()).toString('base64') });
  // A chart id that is not valid percent-encoding (`/charts/%E0%A4%A`) would get Next's bare 400
  // page: it is an unknown chart, so it gets the product's 404 page, which lists the charts.
  if (route && !decodable(pathname)) return withPolicy(NextResponse.rewrite(new URL('/not-a-chart', request.url)), pathname, dev ? nonce() : { hashes: prerenderedHashes() });
  // A hand-typed `/charts/Trade` leads to the chart, query and all, rather than to the 404 page.
  const meant = route && chartIdInOtherCase(route[2]);
  if (meant) {
    const url = request.nextUrl.clone();
    url.pathname = `/${route[1]}/${meant}`;
    return NextResponse.redirect(url, 308);
  }
  const scripts = dev || route ? nonce() : { hashes: prerenderedHashes() };
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policyFor(pathname, scripts));
  return withPolicy(NextResponse.next({ request: { headers: requestHeaders } }), pathname, scripts);
}

const policyFor = (pathname: string, scripts: Parameters<typeof contentSecurityPolicy>[0]) =>
  contentSecurityPolicy(scripts, { frameable: pathname.startsWith('/embed/'), dev: process.env.NODE_ENV === 'development' });

function withPolicy(response: NextResponse, pathname: string, scripts: Parameters<typeof contentSecurityPolicy>[0]) {
  response.headers.set('Content-Security-Policy', policyFor(pathname, scripts));
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
