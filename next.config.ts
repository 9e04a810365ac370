import type { NextConfig } from 'next';
import { keptForGood } from './lib/cache-policy';
import { dataFormats, oneOf, pictureFormats } from './lib/export/file-formats';
import { securityHeaders } from './lib/security-headers';
import { originOf } from './lib/site';

// Pictures, previews and canonical links name the origin fixed here; a build for a public host without it names localhost.
if (!process.env.SITE_URL && process.argv.includes('build'))
  console.warn(`SITE_URL is not set: pages, pictures and link previews will name ${originOf(undefined)} as the site's address.`);

const nextConfig: NextConfig = {
  // The site's public origin, fixed at build: every page, preview and image names it, and none reads a request's Host.
  env: { SITE_ORIGIN: originOf(process.env.SITE_URL) },
  // `NEXT_OUTPUT=standalone npm run build` makes the self-contained server some hosts run (README, "Deploying").
  ...(process.env.NEXT_OUTPUT === 'standalone' && { output: 'standalone' as const }),
  reactStrictMode: true,
  poweredByHeader: false,
  // The site uses no next/image; lib/raw-requests refuses its optimiser's address, and Next does too where that guard does not run.
  images: { unoptimized: true },
  // proxy.ts rewrites each link onto its prerendered view. Normalised, the request URL it sees names
  // "localhost" where Next listens on 127.0.0.1 (`next start -H 127.0.0.1`), so Next would take the
  // rewrite for another origin's and fetch it over HTTP, through the proxy again. Unnormalised, it is
  // the URL Next itself compares against (never the Host header); the site has no client-side navigation to normalise.
  skipProxyUrlNormalize: true,
  // proxy.ts sends `/charts/trade/` to its link itself, with the site's headers; Next's own redirect has none.
  skipTrailingSlashRedirect: true,
  // Published so readers and Lighthouse can map the shipped scripts back to this source.
  productionBrowserSourceMaps: true,
  // resvg is a native addon and piscina starts workers from its own files: both are required at run time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js', 'piscina'],
  // The build's drawings (scripts/draw-charts.tsx), read by pages and the image route at run time, and the PNG worker.
  outputFileTracingIncludes: { '/**': ['./.generated/**/*', './public/fonts/*.ttf', './lib/export/png-worker.cjs'] },
  turbopack: {
    // Next's bundles carry the data files' text, the bytes the build checked: pages and the picture
    // routes never read data at run time, however the build is deployed (data/files.bundled.ts).
    rules: { '*.csv': { type: 'text' } },
    resolveAlias: {
      // The browser keeps the server's drawing as it came in the HTML (components/ChartDrawing.browser.tsx).
      '@/components/ChartDrawing': { browser: './components/ChartDrawing.browser.tsx' },
      '@/data/files': './data/files.bundled.ts',
    },
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Every route refuses to be framed except /embed/*, which exists to be framed (CSP
      // frame-ancestors in proxy.ts says the same to browsers that read it).
      { source: '/((?!embed/).*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
      // A drawing's file is named by the build's version: it never changes, so any cache may keep it.
      { source: '/drawings/:path*', headers: [{ key: 'Cache-Control', value: keptForGood }] },
    ];
  },
  async rewrites() {
    return [
      { source: `/charts/:chart/image.:format(${oneOf(pictureFormats)})`, destination: '/api/chart-image?chart=:chart&format=:format' },
      { source: `/charts/:chart/data.:format(${oneOf(dataFormats)})`, destination: '/api/chart-data?chart=:chart&format=:format' },
    ];
  },
};

export default nextConfig;
