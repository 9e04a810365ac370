import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { cssVariables } from '@/lib/palette';
import { inter } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Moscow–Pyongyang in numbers', template: '%s · Moscow–Pyongyang in numbers' },
  description: 'Trade, troops and the arms-for-technology exchange between Russia and North Korea, each figure traced to its source.',
};

export const viewport: Viewport = { colorScheme: 'light dark' };

// The system theme by default; [data-theme] on a page's wrapper is the reader's override.
const themeCss = `:root,[data-theme=light]{${cssVariables('light')}color-scheme:light}
@media (prefers-color-scheme: dark){:root{${cssVariables('dark')}color-scheme:dark}}
[data-theme=dark]{${cssVariables('dark')}color-scheme:dark}`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The per-request CSP nonce from proxy.ts; without it the browser would refuse this style.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" className={inter.variable}>
      <head>
        <style nonce={nonce}>{themeCss}</style>
      </head>
      <body className="bg-page font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
