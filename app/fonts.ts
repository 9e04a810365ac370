import localFont from 'next/font/local';

/** Inter, self-hosted: WOFF2 subsets made from the same glyphs as the TTF files the PNG export uses (scripts/subset-fonts.mjs). */
export const inter = localFont({
  src: [
    { path: '../public/fonts/inter-400.woff2', weight: '400', style: 'normal' },
    { path: '../public/fonts/inter-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-inter',
  display: 'swap',
});
