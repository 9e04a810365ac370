import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartCanvas } from '@/components/ChartCanvas';
import { FrameFooter } from '@/components/ChartFrame';
import { ChartLink } from '@/components/ChartLink';
import { ChartNotes } from '@/components/ChartNotes';
import { ChartStateProvider } from '@/components/ChartStateProvider';
import { SourceLine } from '@/components/SourceLine';
import { Takeaway } from '@/components/Takeaway';
import { charts, stepsThroughMarks } from '@/lib/charts';
import { buildVersion } from '@/lib/drawings';
import { embedHeightScript, embedMaxWidth } from '@/lib/embed';
import { chartIds, chartPath, themeAttribute } from '@/lib/chart-state';
import { viewMeta } from '@/lib/page-meta';
import { resolveView, type ViewParams } from '@/lib/view-params';
import { embedSlugs } from '@/lib/views';

export const dynamicParams = false;

export const generateStaticParams = () => chartIds.flatMap((chart) => embedSlugs(chart).map((view) => ({ chart, view })));

/**
 * Named after its chart, so a reader's tab or a screen reader's page title says which chart the frame holds.
 * Search engines are pointed at the chart's own page, which the embed repeats.
 */
export async function generateMetadata(props: ViewParams): Promise<Metadata> {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  const { title, description, url } = viewMeta(chart, state);
  return { title, description, alternates: { canonical: url } };
}

/** The chart in its frame without controls, for other sites' iframes; the title links back to the full chart. */
export default async function EmbedPage(props: ViewParams) {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  const { title } = charts[chart];
  return (
    <>
      {/* No wider than the snippet frames it: opened alone in a wide window, a chart scaled past it would set its words above its title. */}
      <main data-theme={themeAttribute(state)} className="mx-auto min-h-screen bg-page p-3 text-ink" style={{ maxWidth: embedMaxWidth }} data-frame={chart}>
        <h1 className="mb-2 font-bold">
          <a href={chartPath(chart, state)} target="_top" className="underline">
            {title}
          </a>
        </h1>
        <ChartStateProvider chart={chart} initialState={state}>
          <Takeaway chart={chart} className="mb-2 text-sm" />
          <ChartCanvas title={title} version={buildVersion()} controls={[]} stepsThroughMarks={stepsThroughMarks(chart)} />
          {/* What a reader must know not to be misled travels with the chart (design.md, frame item 4). */}
          <ChartNotes notes={charts[chart].notes} />
          {/* Chart pages refuse to be framed: every link out of an embed opens in the reader's window. */}
          <FrameFooter>
            <SourceLine chart={chart} link={<ChartLink target="_top" />} />
          </FrameFooter>
        </ChartStateProvider>
      </main>
      {/* Tells the framing page the embed's height (the snippet's fixed height fits only the full width). After
          <main>, which it measures, so that it is not one of the children it measures. The policy allows it by its hash. */}
      <script dangerouslySetInnerHTML={{ __html: embedHeightScript }} />
    </>
  );
}
