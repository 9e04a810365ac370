/**
 * The site's public origin for absolute links (previews, exported images). SITE_URL wins;
 * otherwise the request's own host, accepted only if it looks like a host name.
 */
export function requestOrigin(headers: { get?: (k: string) => string | null } | Record<string, string | string[] | undefined>): string {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/$/, '');
  const read = (k: string) => {
    const v = typeof headers.get === 'function' ? headers.get(k) : (headers as Record<string, string | string[] | undefined>)[k];
    return Array.isArray(v) ? v[0] : (v ?? undefined);
  };
  const host = read('x-forwarded-host') ?? read('host') ?? 'localhost:3000';
  const proto = read('x-forwarded-proto') === 'https' ? 'https' : 'http';
  return /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ? `${proto}://${host}` : 'http://localhost:3000';
}
