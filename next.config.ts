import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // resvg is a native addon: it must be required at run time, not bundled.
  serverExternalPackages: ['@resvg/resvg-js'],
};

export default nextConfig;
