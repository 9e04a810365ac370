/**
 * The site's public origin for absolute links (previews, exported images). Set SITE_URL in
 * production; without it the request's Host header is used, accepted only if it looks like a
 * host name. Forwarded-host headers are not trusted: anyone can send them.
 */
export function requestOrigin(headers: { get?: (k: string) => string | null } | Record<string, string | string[] | undefined>): string {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/$/, '');
  const read = (k: string) => {
    const v = typeof headers.get === 'function' ? headers.get(k) : (headers as Record<string, string | string[] | undefined>)[k];
    return Array.isArray(v) ? v[0] : (v ?? undefined);
  };
  const host = read('host') ?? 'localhost:3000';
  const proto = read('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ? `${proto}://${host}` : 'http://localhost:3000';
}
