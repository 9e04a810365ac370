'use client';

import { chartPath } from '@/lib/chart-state';
import { useChartView } from './ChartStateProvider';

/** The link to the chart as it is shown now. */
export function ChartLink() {
  const { chart, state } = useChartView();
  return (
    <a className="underline" href={chartPath(chart, state)}>
      Chart link
    </a>
  );
}
