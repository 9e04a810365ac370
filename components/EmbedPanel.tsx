import { ChartCanvas } from './ChartCanvas';
import { FrameFooter } from './ChartFrame';
import { ChartLink } from './ChartLink';
import { ChartNotes } from './ChartNotes';
import { ChartStateProvider } from './ChartStateProvider';
import { SourceLine } from './SourceLine';
import { Takeaway } from './Takeaway';
import { charts, stepsThroughMarks } from '@/lib/charts';
import { buildVersion } from '@/lib/drawings';
import { embedHeightScript, embedMaxWidth } from '@/lib/embed';
import { themeAttribute, type ChartId, type ChartState } from '@/lib/chart-state';
import { chartPath } from '@/lib/chart-url';

/** The chart in its frame without controls, for other sites' iframes; the title links back to the full chart. */
export function EmbedPanel({ chart, state }: { chart: ChartId; state: ChartState }) {
  const { title } = charts[chart];
  return (
    <>
      {/* No wider than the snippet frames it: opened alone in a wide window, a chart scaled past it would set its words above its title. */}
      <main data-theme={themeAttribute(state)} className="mx-auto min-h-screen bg-page p-3 text-ink" style={{ maxWidth: embedMaxWidth }} data-frame={chart}>
        <h1 className="mb-2 font-bold">
          <a href={chartPath(chart, state)} target="_top" className="inline-block min-h-6 underline">
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
