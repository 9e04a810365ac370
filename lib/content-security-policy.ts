import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bootScript } from './deferred-boot';
import { themeCss } from './theme-css';

/** A CSP source that allows exactly this inline text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

export type InlineHashes = { scripts: string[]; styles: string[] };

/** Hashes of the inline scripts and styles in prerendered HTML (each tag's text as the browser reads it). */
export function inlineHashes(html: string): InlineHashes {
  // Browsers apply no policy to an empty inline script, so none is needed for it.
  const texts = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]).filter((text) => text.length > 0);
  return {
    scripts: texts(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g).map(hashSource),
    styles: texts(/<style[^>]*>([\s\S]*?)<\/style>/g).map(hashSource),
  };
}

function htmlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

let prerendered: InlineHashes | undefined;

/**
 * Hashes for every page `next build` prerendered (the dashboard, the 404 page). They are served
 * as built, so no per-request nonce can reach their scripts; nothing here revalidates, so their
 * text is fixed for the life of the build and is read once, on the first request.
 */
export function prerenderedHashes(): InlineHashes {
  if (prerendered) return prerendered;
  const dir = path.join(process.cwd(), '.next', 'server', 'app');
  const files = htmlFiles(dir);
  // A server run from another folder (`next start` there; ours moves to the project's): the pages still read
  // (their charts are server SVG) but their scripts are refused, so say so once.
  if (files.length === 0) console.error(`CSP: no prerendered pages in ${dir}; start the server from the project folder, or the dashboard's scripts are refused.`);
  prerendered = files
    .map((file) => inlineHashes(fs.readFileSync(file, 'utf8')))
    .reduce((all, page) => ({ scripts: [...all.scripts, ...page.scripts], styles: [...all.styles, ...page.styles] }), { scripts: [], styles: [] });
  return prerendered;
}

// The root layout's colour variables: rendered without a nonce on every page, prerendered or not.
const themeHash = hashSource(themeCss);

const directive = (name: string, ...sources: string[]) => [name, ...new Set(sources)].join(' ');

/**
 * The policy for one response. A page rendered per request allows its scripts by this request's
 * nonce, and what they load ('strict-dynamic'); a prerendered page allows its inline scripts by
 * hash and its script files from this origin only.
 */
export function contentSecurityPolicy(inline: { nonce: string } | { hashes: InlineHashes }, { frameable, dev }: { frameable: boolean; dev: boolean }): string {
  const perRequest = 'nonce' in inline;
  return [
    directive('default-src', "'self'"),
    directive(
      'script-src',
      "'self'",
      // The boot script is added to each page as it leaves the server (scripts/server.ts), after the build.
      ...(perRequest ? [`'nonce-${inline.nonce}'`, "'strict-dynamic'"] : [...inline.hashes.scripts, hashSource(bootScript)]),
      // React's development build needs eval for its stack traces; production never gets it.
      ...(dev ? ["'unsafe-eval'"] : []),
    ),
    directive('style-src', "'self'", themeHash, ...(perRequest ? [`'nonce-${inline.nonce}'`] : inline.hashes.styles)),
    // Recharts and React set style attributes on chart elements.
    directive('style-src-attr', "'unsafe-inline'"),
    directive('img-src', "'self'", 'data:', 'blob:'),
    directive('font-src', "'self'", 'data:'),
    directive('connect-src', "'self'"),
    directive('object-src', "'none'"),
    directive('base-uri', "'none'"),
    directive('form-action', "'self'"),
    directive('frame-ancestors', frameable ? '*' : "'none'"),
  ].join('; ');
}
