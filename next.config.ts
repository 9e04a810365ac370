import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // resvg is a native addon: it must be required at run time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
  async rewrites() {
    return [{ source: '/charts/:chart/image.png', destination: '/api/chart-image?chart=:chart' }];
  },
};

export default nextConfig;
