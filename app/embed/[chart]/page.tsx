import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartCanvas } from '@/components/ChartCanvas';
import { ChartLink } from '@/components/ChartLink';
import { ChartNotes } from '@/components/ChartNotes';
import { ChartStateProvider } from '@/components/ChartStateProvider';
import { InlineScript } from '@/components/InlineScript';
import { SourceLine } from '@/components/SourceLine';
import { Takeaway } from '@/components/Takeaway';
import { charts } from '@/lib/charts';
import { embedHeightScript } from '@/lib/embed';
import { chartPath, isChartId, onChartTab, themeAttribute } from '@/lib/chart-state';
import { parseState } from '@/lib/parse-state';

type Props = { params: Promise<{ chart: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Named after its chart, so a reader's tab or a screen reader's page title says which chart the frame holds. */
export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const { chart } = await params;
  return { robots: { index: false }, ...(isChartId(chart) && { title: charts[chart].title }) };
}

/** The chart in its frame without controls, for other sites' iframes; the title links back to the full chart. */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { chart } = await params;
  if (!isChartId(chart)) notFound();
  // An embed shows the drawing whatever tab its link names, and its links lead to that drawing.
  const state = onChartTab(parseState(chart, await searchParams).state);
  const { title } = charts[chart];
  return (
    <>
      <main data-theme={themeAttribute(state)} className="min-h-screen bg-page p-3 text-ink" data-frame={chart}>
        <h1 className="mb-2 font-bold">
          <a href={chartPath(chart, state)} target="_top" className="underline">
            {title}
          </a>
        </h1>
        <ChartStateProvider chart={chart} initialState={state}>
          <Takeaway chart={chart} className="mb-2 text-sm" />
          <ChartCanvas chart={chart} state={state} title={title} />
          {/* What a reader must know not to be misled travels with the chart (design.md, frame item 4). */}
          <ChartNotes notes={charts[chart].notes} />
          {/* Chart pages refuse to be framed: every link out of an embed opens in the reader's window. */}
          <SourceLine chart={chart} link={<ChartLink target="_top" />} />
        </ChartStateProvider>
      </main>
      {/* Tells the framing page the embed's height (the snippet's fixed height fits only the full width). After
          <main>, which it measures, so that it is not one of the children it measures. */}
      <InlineScript code={embedHeightScript} />
    </>
  );
}
