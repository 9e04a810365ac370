import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartCanvas } from '@/components/ChartCanvas';
import { SourceLine } from '@/components/SourceLine';
import { charts } from '@/lib/charts';
import { chartPath, isChartId, parseState, showsContext, themeAttribute } from '@/lib/chart-state';

type Props = { params: Promise<{ chart: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { robots: { index: false } };

/** The chart and its source line only, for other sites' iframes; the title links back to the full chart. */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { chart } = await params;
  if (!isChartId(chart)) notFound();
  const { state } = parseState(chart, await searchParams);
  const full = chartPath(chart, { ...state, tab: 'chart' } as never);
  return (
    <main data-theme={themeAttribute(state)} className="min-h-screen bg-page p-3 text-ink" data-frame={chart}>
      <h1 className="mb-2 font-bold">
        <a href={full} target="_top" className="underline">
          {charts[chart].title}
        </a>
      </h1>
      <ChartCanvas chart={chart} state={state} />
      <SourceLine chart={chart} includeContext={showsContext(state)} href={full} />
    </main>
  );
}
