/**
 * Answers, before Next sees them, requests Next would answer with a bare 500, a page without its
 * policy, a redirect to another site or not at all (lib/raw-requests): methods but GET and HEAD (TRACE,
 * which the Fetch standard forbids, among them: Next hands every page request to proxy.ts as a Fetch
 * Request, whose constructor throws on it), `*` as the request target, and upgrades (the development
 * server keeps its own, for live reload, and its other methods); a full address as the target is read as its path.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { guardRawRequests } = await import('./lib/raw-requests');
  guardRawRequests({ development: process.env.NODE_ENV === 'development' });
}
