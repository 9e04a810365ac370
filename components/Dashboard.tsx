import { ChartPanel } from './ChartPanel';
import { DataFooter } from './DataFooter';
import { HeadlineFigures } from './HeadlineFigures';
import { PageHeader } from './PageHeader';
import { PageTheme, PageThemeChoice } from './PageTheme';
import { Timeline } from './Timeline';
import { themeControl } from '@/lib/chart-controls';
import { chartIds, defaultState, type ThemeChoice } from '@/lib/chart-state';

/** Every chart on one page, in the theme its link names (`/?theme=dark`), which the reader can change. */
export function Dashboard({ theme }: { theme: ThemeChoice }) {
  return (
    <PageTheme initial={theme}>
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
