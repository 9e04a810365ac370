import { chartControls, settingNames } from '@/lib/chart-controls';
import { embedHeights } from '@/lib/embed-height';
import { charts, stepsThroughMarks } from '@/lib/charts';
import { buildVersion } from '@/lib/drawings';
import { citationOf } from '@/lib/page-meta';
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
 * A chart in its frame. The frame, words and tables render on the server; the small islands (controls,
 * tabs, menus, the drawing, the words that follow the state) are client components that get their
 * words as props, so the first load carries no data module and no zod.
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
          // The menus keep the top right corner of every chart from a tablet up; on a phone they follow the controls.
          <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0 sm:flex-1">
              <ChartControls controls={controls} />
            </div>
            <div className="flex shrink-0 gap-2">
              <DownloadMenu title={title} version={buildVersion()} />
              <ShareMenu title={title} embedHeights={embedHeights(chart)} citeAs={citationOf(chart)} />
            </div>
          </div>
        }
        footer={<SourceLine chart={chart} link={<ChartLink title={title} />} />}
      >
        {standalone && <LinkProblems names={settingNames(chart)} />}
        <ChartViews
          canvas={{ title, version: buildVersion(), controls: controls.filter((c) => c.key !== 'theme'), stepsThroughMarks: stepsThroughMarks(chart) }}
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
