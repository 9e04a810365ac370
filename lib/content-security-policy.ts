import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { themeCss } from './theme-css';

/** A CSP source that allows exactly this inline text. */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

type InlineHashes = { scripts: string[]; styles: string[] };

/** Hashes of the inline scripts and styles in prerendered HTML (each tag's text as the browser reads it). */
export function inlineHashes(html: string): InlineHashes {
  // Browsers apply no policy to an empty inline script, so none is needed for it.
  const texts = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]).filter((text) => text.length > 0);
  return {
    scripts: [...new Set(texts(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g).map(hashSource))],
    styles: [...new Set(texts(/<style[^>]*>([\s\S]*?)<\/style>/g).map(hashSource))],
  };
}

const built = new Map<string, InlineHashes>();

/**
 * Hashes of one prerendered page's inline scripts and styles, by its route (`/`, `/charts/trade/chart.log.on.system`,
 * `/_not-found`). Every page is built once and served as built, the same to everyone and fit for any
 * cache, so its policy can name exactly its own inline scripts; read from the build on first use.
 */
export function pageHashes(route: string): InlineHashes {
  const known = built.get(route);
  if (known) return known;
  const file = path.join(process.cwd(), '.next', 'server', 'app', `${route === '/' ? '/index' : route}.html`);
  if (!fs.existsSync(file)) {
    // Served from elsewhere than the project folder, the pages still read (their charts are server SVG) but run no script.
    console.error(`CSP: no prerendered page at ${file}; its scripts will be refused.`);
    return { scripts: [], styles: [] };
  }
  const hashes = inlineHashes(fs.readFileSync(file, 'utf8'));
  built.set(route, hashes);
  return hashes;
}

// The root layout's colour variables: the same on every page.
const themeHash = hashSource(themeCss);
const directive = (name: string, ...sources: string[]) => [name, ...new Set(sources)].join(' ');

/**
 * The policy for one page: its inline scripts by hash, script files from this origin only (the
 * origin serves no script a visitor can shape: every response is nosniff, the file routes' errors
 * text/plain). The development server renders pages as they are asked for, with React's
 * development build, which needs eval.
 */
export function contentSecurityPolicy(inline: InlineHashes | 'development', { frameable }: { frameable: boolean }): string {
  const dev = inline === 'development';
  return [
    directive('default-src', "'self'"),
    directive('script-src', "'self'", ...(dev ? ["'unsafe-inline'", "'unsafe-eval'"] : inline.scripts)),
    // Not the theme's hash beside 'unsafe-inline': a browser ignores 'unsafe-inline' where a hash is listed.
    directive('style-src', "'self'", ...(dev ? ["'unsafe-inline'"] : [themeHash, ...inline.styles])),
    // React sets style attributes (the tooltip's place, a menu's shift); the drawings carry Recharts' own.
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
