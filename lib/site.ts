/** The product's name and one-line description, for the page header, titles and link previews. */
export const site = {
  name: 'Moscow–Pyongyang in numbers',
  description: 'Trade, troops and the arms-for-technology exchange between Russia and North Korea, each figure traced to its source.',
} as const;

/**
 * The public origin printed in canonical links, link previews and exported images: SITE_URL as
 * `next build` saw it (next.config.ts fixes it into the build), never a request's Host header, which
 * anyone can set and which would make one cached page differ from the next.
 */
export const siteOrigin = process.env.SITE_ORIGIN ?? 'http://localhost:3000';
