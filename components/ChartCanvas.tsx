'use client';

import { ChartById } from './charts/ChartById';
import { charts } from '@/lib/charts';
import { layouts } from '@/lib/chart-size';
import { cssVarPalette } from '@/lib/palette';
import type { ChartId, ChartState } from '@/lib/chart-state';

/**
 * Both fixed-size drawings of a chart; CSS shows the one that fits the frame's width, so the
 * server HTML is final and nothing shifts when scripts arrive. The caption is the chart's
 * finding in words, for readers who cannot see the drawing.
 */
export function ChartCanvas({ chart, state }: { chart: ChartId; state: ChartState }) {
  return (
    <figure className="chart-slot" data-chart={chart} aria-label={charts[chart].title}>
      <figcaption className="sr-only">{charts[chart].takeaway}</figcaption>
      {layouts.map((layout) => (
        <div key={layout} className={`chart-layout chart-layout-${layout}`} data-layout={layout}>
          <ChartById chart={chart} state={state} layout={layout} palette={cssVarPalette} />
        </div>
      ))}
    </figure>
  );
}
