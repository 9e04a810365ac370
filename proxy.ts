import { NextResponse, type NextRequest } from 'next/server';
import { keptBriefly } from './lib/cache-policy';
import { contentSecurityPolicy, pageHashes } from './lib/content-security-policy';
import { onlyGetAndHead, plainRefusal } from './lib/plain-answers';
import { notFoundRoute, routeRequest, type Routed } from './lib/route-request';

const routerHeaders = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch'];
// Conditions Next would answer from the 404 page's ETag (`If-None-Match: *` matches anything), turning a 404 into a 304.
const conditionalHeaders = ['if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since'];
const dev = process.env.NODE_ENV === 'development';

/**
 * Answers each request as lib/route-request decides: a link is served from the page prerendered for its
 * view, with that page's Content-Security-Policy (its own inline scripts by hash); another spelling of a
 * link is redirected to its one address; files pass through to their routes. None of them reaches Next
 * with the reader's cookies.
 */
export function proxy(request: NextRequest) {
  const routed = routeRequest({
    method: request.method,
    url: request.nextUrl,
    routerRequest: routerHeaders.some((h) => request.headers.has(h)),
    dev,
  });
  return respond(request, routed);
}

function respond(request: NextRequest, routed: Routed): NextResponse {
  switch (routed.answer) {
    case 'method':
      return new NextResponse(onlyGetAndHead.body, { status: onlyGetAndHead.status, headers: onlyGetAndHead.headers });
    case 'refuse': {
      const { body, headers } = plainRefusal(routed.message);
      return new NextResponse(body, { status: routed.status, headers });
    }
    case 'redirect':
      // Next sends a same-origin Location relative, so no Host reaches the response.
      return NextResponse.redirect(new URL(routed.location, request.url), { status: routed.status, headers: { 'Cache-Control': keptBriefly } });
    case 'file':
      return withLifetime(routed.briefly, NextResponse.next({ request: { headers: forwarded(request) } }));
    case 'public': {
      const headers = forwarded(request);
      // `*` would match the 404 page of a missing file; any other ETag is a file's own.
      if (headers.get('if-none-match')?.trim() === '*') headers.delete('if-none-match');
      return withLifetime(routed.briefly, withPolicy(NextResponse.next({ request: { headers } }), notFoundRoute, false));
    }
    case 'page':
      return page(request, routed);
  }
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

function withPolicy(response: NextResponse, route: string, frameable: boolean) {
  response.headers.set('Content-Security-Policy', contentSecurityPolicy(dev ? 'development' : pageHashes(route), { frameable }));
  return response;
}

/** Serves a page (rewritten to its target, or as asked) with the policy for its prerendered route. */
function page(request: NextRequest, { target, route, frameable }: Extract<Routed, { answer: 'page' }>) {
  const notFound = route === notFoundRoute;
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
function withLifetime(briefly: boolean, response: NextResponse) {
  if (!dev && briefly) response.headers.set('Cache-Control', keptBriefly);
  return response;
}

export const config = {
  // Everything but the framework's own files, which exist whenever they are asked for (their names are the build's).
  matcher: [{ source: '/((?!_next/static|_next/image).*)' }],
};
