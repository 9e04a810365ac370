import localFont from 'next/font/local';

/** Inter, self-hosted: the same subset files the PNG export embeds (scripts/subset-fonts.mjs). */
export const inter = localFont({
  src: [
    { path: '../public/fonts/inter-400.woff2', weight: '400', style: 'normal' },
    { path: '../public/fonts/inter-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-inter',
  display: 'swap',
});
