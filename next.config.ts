import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // resvg is a native addon: it must be required at run time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  async headers() {
    return [
      // Every route refuses to be framed except /embed/*, which exists to be framed.
      { source: '/((?!embed/).*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }, { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" }] },
      { source: '/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: 'frame-ancestors *' }] },
    ];
  },
  async rewrites() {
    return [{ source: '/charts/:chart/image.png', destination: '/api/chart-image?chart=:chart' }];
  },
};

export default nextConfig;
