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
  // A hand-typed `/charts/Trade` leads to the chart, query and all, rather than to the 404 page.
  const route = pathname.match(perRequestRoute);
  const meant = route && chartIdInOtherCase(route[2]);
  if (meant) {
    const url = request.nextUrl.clone();
    url.pathname = `/${route[1]}/${meant}`;
    return NextResponse.redirect(url, 308);
  }
  const policy = contentSecurityPolicy(
    dev || route ? { nonce: Buffer.from(crypto.randomUUID()).toString('base64') } : { hashes: prerenderedHashes() },
    { frameable: pathname.startsWith('/embed/'), dev },
  );
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Pages only: static files, images and the PNG route carry no scripts to protect.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|fonts/|icon.svg|charts/[^/]+/image.png).*)' }],
};
