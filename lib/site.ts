/** The product's name and one-line description, for the page header, titles and link previews. */
export const site = {
  name: 'Moscow–Pyongyang in numbers',
  description: 'Trade, troops and the arms-for-technology exchange between Russia and North Korea, each figure traced to its source.',
} as const;

/** SITE_URL as an origin (`https://example.org`), or the local default; anything else is refused. */
export function originOf(siteUrl: string | undefined): string {
  if (!siteUrl) return 'http://localhost:3000';
  const url = URL.parse(siteUrl);
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new Error(`SITE_URL must be an origin such as https://example.org, not "${siteUrl}".`);
  return url.origin;
}

/**
 * The public origin printed in canonical links, link previews and exported images: SITE_URL as the
 * build saw it (next.config.ts fixes it into Next's bundles as SITE_ORIGIN; the drawing step reads it
 * itself), never a request's Host header, which anyone can set and which would make one cached page differ from the next.
 */
export const siteOrigin = process.env.SITE_ORIGIN ?? originOf(process.env.SITE_URL);

/** A path on the site as the full address a file, preview or canonical link prints. */
export const siteUrl = (path: string) => `${siteOrigin}${path}`;
