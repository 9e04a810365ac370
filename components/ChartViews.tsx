'use client';

import type { ReactNode } from 'react';
import { ChartCanvas } from './ChartCanvas';
import { useChartView } from './ChartStateProvider';
import { Tabs } from './Tabs';

type Props = { title: string; table: ReactNode; sources: ReactNode };

/** The chart, or on its own page the chosen tab of chart, table and sources (drawn on the server). */
export function ChartViews({ title, table, sources }: Props) {
  const { chart, state, standalone } = useChartView();
  const canvas = <ChartCanvas chart={chart} state={state} title={title} />;
  if (!standalone) return canvas;
  return (
    <>
      <Tabs />
      <div id={`${chart}-panel`} role="tabpanel" aria-labelledby={`${chart}-tab-${state.tab}`}>
        {state.tab === 'table' ? table : state.tab === 'sources' ? sources : canvas}
      </div>
    </>
  );
}
