'use client';

import { ChartById } from './charts/ChartById';
import { layouts } from '@/lib/chart-size';
import { cssVarPalette } from '@/lib/palette';
import type { ChartId, ChartState } from '@/lib/chart-state';

/**
 * Both fixed-size drawings of a chart; CSS shows the one that fits the frame's width, so the
 * server HTML is final and nothing shifts when scripts arrive.
 */
export function ChartCanvas({ chart, state }: { chart: ChartId; state: ChartState }) {
  return (
    <div className="chart-slot" data-chart={chart}>
      {layouts.map((layout) => (
        <div key={layout} className={`chart-layout chart-layout-${layout}`} data-layout={layout}>
          <ChartById chart={chart} state={state} layout={layout} palette={cssVarPalette} />
        </div>
      ))}
    </div>
  );
}
