import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy } from './lib/content-security-policy';

/**
 * Sends the Content-Security-Policy. Pages rendered per request (chart pages read the query)
 * get a fresh nonce, which Next reads from the request's policy and puts on its scripts.
 * Prerendered pages (the dashboard) are served as built, so the same policy also lists the
 * hashes of their inline scripts. See README, design notes.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({
    nonce: Buffer.from(crypto.randomUUID()).toString('base64'),
    frameable: request.nextUrl.pathname.startsWith('/embed/'),
    dev: process.env.NODE_ENV === 'development',
  });
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
