import type { Metadata } from 'next';
import { ChartPanel } from '@/components/ChartPanel';
import { DataFooter } from '@/components/DataFooter';
import { HeadlineFigures } from '@/components/HeadlineFigures';
import { PageHeader } from '@/components/PageHeader';
import { PageTheme, PageThemeChoice } from '@/components/PageTheme';
import { themeControl } from '@/lib/chart-controls';
import { Timeline } from '@/components/Timeline';
import { chartIds, defaultState } from '@/lib/chart-state';
import { previewImage } from '@/lib/page-meta';
import { site } from '@/lib/site';

// A shared link to the dashboard previews as the trade chart, the relationship's headline number.
const preview = previewImage('trade', defaultState('trade'));
const { name: title, description } = site;

export const metadata: Metadata = {
  alternates: { canonical: '/' },
  openGraph: { type: 'website', title, description, url: '/', images: [preview] },
  twitter: { card: 'summary_large_image', title, description, images: [preview.url] },
};

export default function DashboardPage() {
  return (
    <PageTheme>
      <a href="#charts" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-30 focus:rounded focus:bg-page focus:px-3 focus:py-2 focus:text-ink">
        Skip to the charts
      </a>
      <main className="mx-auto flex max-w-4xl flex-col gap-6 px-2 py-6 sm:px-6">
        <div className="flex justify-end">
          <PageThemeChoice control={themeControl} />
        </div>
        <PageHeader />
        <HeadlineFigures />
        <div id="charts" className="flex scroll-mt-4 flex-col gap-6">
          {chartIds.map((id) => (
            <ChartPanel key={id} chart={id} initialState={defaultState(id)} />
          ))}
        </div>
        <Timeline />
        <DataFooter />
      </main>
    </PageTheme>
  );
}
