'use client';

import type { ComponentProps, ReactNode } from 'react';
import { ChartCanvas } from './ChartCanvas';
import { useChartView } from './ChartStateProvider';
import { Tabs } from './Tabs';

type Props = { canvas: ComponentProps<typeof ChartCanvas>; table: ReactNode; sources: ReactNode };

/**
 * The chart, or on its own page the chosen tab of chart, table and sources (drawn on the server).
 * Every panel stays in the page, hidden when not chosen, so the chart keeps its drawing while away.
 */
export function ChartViews({ canvas, table, sources }: Props) {
  const { chart, state, standalone } = useChartView();
  if (!standalone) return <ChartCanvas {...canvas} />;
  const panels = { chart: <ChartCanvas {...canvas} />, table, sources };
  return (
    <>
      <Tabs />
      {Object.entries(panels).map(([tab, panel]) => (
        <div key={tab} id={`${chart}-panel-${tab}`} role="tabpanel" aria-labelledby={`${chart}-tab-${tab}`} hidden={state.tab !== tab}>
          {panel}
        </div>
      ))}
    </>
  );
}
