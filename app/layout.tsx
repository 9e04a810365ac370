import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { themeCss } from '@/lib/theme-css';
import { inter } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Moscow–Pyongyang in numbers', template: '%s · Moscow–Pyongyang in numbers' },
  description: 'Trade, troops and the arms-for-technology exchange between Russia and North Korea, each figure traced to its source.',
};

export const viewport: Viewport = { colorScheme: 'light dark' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={inter.variable}>
      <head>
        <style>{themeCss}</style>
      </head>
      <body className="bg-page font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
