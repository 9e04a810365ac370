/**
 * Answers, before Next sees them, requests Next would answer with a bare 500, a page without its policy,
 * a blank page, a redirect to another site or not at all (lib/raw-requests): methods but GET and HEAD
 * (TRACE among them: Next hands every page request to proxy.ts as a Fetch Request, whose constructor
 * throws on it), `*` as the request target, upgrades, its image optimiser and middleware prefetch; and
 * sends other spellings of a path to its one. The development server keeps its own upgrades (live reload)
 * and other methods.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { guardRawRequests } = await import('./lib/raw-requests');
  guardRawRequests({ development: process.env.NODE_ENV === 'development' });
}
