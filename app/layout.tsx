import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { HydratedSignal } from '@/components/HydratedSignal';
import { site } from '@/lib/site';
import { themeCss } from '@/lib/theme-css';
import { inter } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  // Prerendered pages cannot read the request's host, so their absolute links (previews) come from SITE_URL.
  ...(process.env.SITE_URL && { metadataBase: new URL(process.env.SITE_URL) }),
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
        <HydratedSignal />
      </body>
    </html>
  );
}
