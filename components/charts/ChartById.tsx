'use client';

import type { ChartId, ChartState } from '@/lib/chart-state';
import type { Layout } from '@/lib/chart-size';
import type { Palette } from '@/lib/palette';
import { CasualtiesChart } from './CasualtiesChart';
import { FlowsChart } from './FlowsChart';
import { TradeChart } from './TradeChart';

export type ChartByIdProps = { chart: ChartId; state: ChartState; layout: Layout; palette: Palette };

/** Maps a chart's state to its drawing: the one place that knows which state field feeds which prop. */
export function ChartById({ chart, state, layout, palette }: ChartByIdProps) {
  switch (chart) {
    case 'trade': {
      const s = state as ChartState<'trade'>;
      return <TradeChart scale={s.scale} context={s.context === 'on'} layout={layout} palette={palette} />;
    }
    case 'casualties': {
      const s = state as ChartState<'casualties'>;
      return <CasualtiesChart estimates={s.estimates === 'on'} layout={layout} palette={palette} />;
    }
    case 'flows': {
      const s = state as ChartState<'flows'>;
      return <FlowsChart direction={s.direction} highlight={s.highlight} layout={layout} palette={palette} />;
    }
  }
}
