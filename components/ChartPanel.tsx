import { chartControls } from '@/lib/chart-controls';
import { embedHeights } from '@/lib/embed-height';
import { charts } from '@/lib/charts';
import { buildVersion } from '@/lib/drawings';
import type { ChartId, ChartState } from '@/lib/chart-state';
import { ChartControls } from './ChartControls';
import { ChartFrame } from './ChartFrame';
import { ChartLink, TableLink } from './ChartLink';
import { ChartSources } from './ChartSources';
import { ChartStateProvider } from './ChartStateProvider';
import { ChartTable } from './ChartTable';
import { DashboardLink } from './DashboardLink';
import { ChartViews } from './ChartViews';
import { DownloadMenu } from './DownloadMenu';
import { LinkProblems } from './LinkProblems';
import { ShareMenu } from './ShareMenu';
import { SourceLine } from './SourceLine';

type Props = {
  chart: ChartId;
  initialState: ChartState;
  /** On a chart's own page the URL mirrors the state and the tabs and theme control appear. */
  standalone?: boolean;
};

/**
 * A chart in its frame. The frame, words and tables render on the server; only the controls,
 * menus and the drawing are client components, so the first load carries no data module and no zod.
 */
export function ChartPanel({ chart, initialState, standalone = false }: Props) {
  const { title } = charts[chart];
  const controls = chartControls(chart, standalone);
  return (
    <ChartStateProvider chart={chart} initialState={initialState} standalone={standalone} nav={standalone && <DashboardLink />}>
      <ChartFrame
        chart={chart}
        headingLevel={standalone ? 'h1' : 'h2'}
        toolbar={
          <div className="flex flex-wrap items-start justify-between gap-3">
            <ChartControls controls={controls} />
            <div className="flex gap-2">
              <DownloadMenu title={title} version={buildVersion()} />
              <ShareMenu title={title} embedHeights={embedHeights(chart)} />
            </div>
          </div>
        }
        footer={<SourceLine chart={chart} link={<ChartLink title={title} />} />}
      >
        {standalone && <LinkProblems />}
        <ChartViews
          canvas={{ title, version: buildVersion(), controls: controls.filter((c) => c.key !== 'theme') }}
          table={standalone && <ChartTable chart={chart} />}
          sources={standalone && <ChartSources chart={chart} />}
        />
        {!standalone && (
          // The table is a tab of the chart's own page: on the dashboard, three tables' worth of markup would
          // be read, sent twice (HTML and the page's data) and hydrated by every visitor, to be opened by few.
          <p className="mt-3 text-sm">
            <TableLink title={title} />
          </p>
        )}
      </ChartFrame>
    </ChartStateProvider>
  );
}
