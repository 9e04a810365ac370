/**
 * Answers, before Next sees them, requests Next would answer with a bare 500 or a redirect to another
 * site (lib/raw-requests): TRACE, a method the Fetch standard forbids (Next hands every page request to
 * proxy.ts as a Fetch Request, whose constructor throws on it), `*` as the request target, and a full
 * address as the target, which is read as its path.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { guardRawRequests } = await import('./lib/raw-requests');
  guardRawRequests();
}
