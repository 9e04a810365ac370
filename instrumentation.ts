/**
 * Answers TRACE, a method the Fetch standard forbids, with 405 before Next sees
 * them. Next hands every page request to proxy.ts as a Fetch Request, whose constructor throws on
 * it, so Next would answer them with a bare 500 without ever calling the proxy.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { refuseForbiddenMethods } = await import('./lib/forbidden-methods');
  refuseForbiddenMethods();
}
