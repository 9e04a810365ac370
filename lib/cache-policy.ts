/**
 * How long caches may keep what the site sends. Every response is the same for everyone who asks
 * for its URL, so shared caches (a CDN) may keep any of them:
 * - a file whose URL names the build (a drawing, a versioned image) never changes: kept for good;
 * - everything else (pages, embeds, redirects, data files, unversioned images) for five minutes,
 *   so a new build reaches every reader within that, and the ETag makes the check after it cheap.
 */
export const keptForGood = 'public, max-age=31536000, immutable';
export const keptBriefly = 'public, max-age=300';
