import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';

// Changes with every build, so cached chart images are never served for different data or styles.
const imageVersion = Date.now().toString(36);

const nextConfig: NextConfig = {
  env: { IMAGE_VERSION: imageVersion },
  reactStrictMode: true,
  poweredByHeader: false,
  // Published so readers and Lighthouse can map the shipped scripts back to this source.
  productionBrowserSourceMaps: true,
  // resvg is a native addon: it must be required at run time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  turbopack: {
    // The data module runs on the server and in the browser (charts and downloads), where there is no
    // file system: the bundler inlines the CSV files' text instead, the same for both.
    rules: { '*.csv': { type: 'text' } },
    resolveAlias: {
      '@/components/charts/ServerChart': { browser: './components/charts/ServerChart.browser.tsx' },
      '@/data/files': './data/files.bundled.ts',
    },
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Every route refuses to be framed except /embed/*, which exists to be framed (CSP
      // frame-ancestors in proxy.ts says the same to browsers that read it).
      { source: '/((?!embed/).*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] },
    ];
  },
  async rewrites() {
    return [{ source: '/charts/:chart/image.png', destination: '/api/chart-image?chart=:chart' }];
  },
};

export default nextConfig;
