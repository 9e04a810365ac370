import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { themeCss } from './theme-css';

/** A CSP source that allows exactly this inline text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

type InlineHashes = { scripts: string[]; styles: string[] };

/** Hashes of the inline scripts and styles in prerendered HTML (each tag's text as the browser reads it). */
export function inlineHashes(html: string): InlineHashes {
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
 * Hashes for every page `next build` prerendered. Those pages are served as files, so no
 * per-request nonce can reach their scripts; their text is fixed for the life of the build, so
 * it is hashed once, on the first request.
 */
function prerenderedHashes(): InlineHashes {
  if (prerendered) return prerendered;
  const dir = path.join(process.cwd(), '.next', 'server', 'app');
  const files = htmlFiles(dir);
  // `next start` serves from the project folder; from anywhere else the prerendered pages' scripts would be refused.
  if (files.length === 0 && process.env.NODE_ENV === 'production') console.error(`CSP: no prerendered pages in ${dir}; start the server from the project folder.`);
  prerendered = files
    .map((file) => inlineHashes(fs.readFileSync(file, 'utf8')))
    .reduce((all, page) => ({ scripts: [...all.scripts, ...page.scripts], styles: [...all.styles, ...page.styles] }), { scripts: [], styles: [] });
  return prerendered;
}

const unique = (sources: string[]) => [...new Set(sources)].join(' ');

/**
 * The policy for one response. Inline scripts run only with this request's nonce (pages rendered
 * per request) or a prerendered page's hash; script files only from this origin.
 */
export function contentSecurityPolicy({ nonce, frameable, dev }: { nonce: string; frameable: boolean; dev: boolean }): string {
  const { scripts, styles } = prerenderedHashes();
  return [
    "default-src 'self'",
    // React's development build needs eval for its stack traces; production never gets it.
    `script-src 'self' 'nonce-${nonce}' ${unique(scripts)}${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}' ${unique([hashSource(themeCss), ...styles])}`,
    // Recharts and React set style attributes on chart elements.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    frameable ? 'frame-ancestors *' : "frame-ancestors 'none'",
  ].join('; ');
}
