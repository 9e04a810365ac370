import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, prerenderedHashes } from './lib/content-security-policy';

// The only routes rendered per request: they read the query. Any other path is a prerendered page (the dashboard or the 404 page).
const perRequestRoute = /^\/(charts|embed)\/[^/]+\/?$/;

/**
 * Sends the Content-Security-Policy. Pages rendered per request get a fresh nonce, which Next
 * reads from the request's policy and puts on its scripts; prerendered pages are served as built,
 * so their inline scripts are allowed by hash. The development server renders every page per
 * request. See README, design notes.
 */
export function proxy(request: NextRequest) {
  const dev = process.env.NODE_ENV === 'development';
  const { pathname } = request.nextUrl;
  const policy = contentSecurityPolicy(
    dev || perRequestRoute.test(pathname) ? { nonce: Buffer.from(crypto.randomUUID()).toString('base64') } : { hashes: prerenderedHashes() },
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
