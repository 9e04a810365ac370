'use client';

import { chartPath } from '@/lib/chart-url';
import { useChartView } from './ChartStateProvider';

/**
 * The link to the chart as it is shown now; `_top` leaves a frame, as from an embed. Its padding makes
 * it a finger's 24 px tall without moving the line it sits in (an inline box's padding takes no room).
 */
export function ChartLink({ target, title }: { target?: '_top'; title?: string }) {
  const { chart, state } = useChartView();
  return (
    <a className="py-1.5 underline" href={chartPath(chart, state)} target={target} aria-label={title && `Chart link: ${title}`}>
      Chart link
    </a>
  );
}

/** The chart's page open on its Table tab, in the view and theme shown now (named after its chart: the dashboard has three). */
export function TableLink({ title }: { title: string }) {
  const { chart, state } = useChartView();
  return (
    <a className="py-1.5 text-muted underline" href={chartPath(chart, { ...state, tab: 'table' })} aria-label={`Data table: ${title}`}>
      Data table
    </a>
  );
}
