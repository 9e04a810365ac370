/**
 * How long caches may keep what the site sends. Every response is the same for everyone who asks
 * for its URL, so shared caches (a CDN) may keep any of them:
 * - a file whose URL names the build (a drawing, a versioned image) never changes: kept for good;
 * - everything else (pages, embeds, redirects, data files, unversioned images) for five minutes, or
 *   PAGE_MAX_AGE seconds where the server is started with it, so a new build reaches every reader
 *   within that, and the ETag makes the check after it cheap.
 */
export const keptForGood = 'public, max-age=31536000, immutable';
const pageSeconds = Number(process.env.PAGE_MAX_AGE ?? 300);
export const keptBriefly = `public, max-age=${Number.isInteger(pageSeconds) && pageSeconds >= 0 ? pageSeconds : 300}`;
