import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { HydratedMark } from '@/components/HydratedMark';
import { site, siteOrigin } from '@/lib/site';
import { themeCss } from '@/lib/theme-css';
import { inter } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  // Absolute links (previews) name the site's fixed origin, never the request's host.
  metadataBase: new URL(siteOrigin),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
};

export const viewport: Viewport = { colorScheme: 'light dark' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <head>
        <style>{themeCss}</style>
      </head>
      <body className="bg-page font-sans text-ink antialiased">
        {children}
        <HydratedMark />
      </body>
    </html>
  );
}
