import type { Direction } from '@/data';
import { casualtiesHeight } from './casualties-layout';
import type { Layout } from './chart-size';
import type { ChartId, ChartState } from './chart-state';
import { layoutFlows } from './flow-layout';

export const tradeHeight: Record<Layout, number> = { wide: 380, narrow: 400 };


export const shownDirections = (direction: Direction | 'both'): Direction[] => (direction === 'both' ? ['nk-to-ru', 'ru-to-nk'] : [direction]);

/** How tall a chart draws in a state, from the same geometry the chart components draw with. */
export function drawingHeight(chart: ChartId, state: ChartState, layout: Layout): number {
  switch (chart) {
    case 'trade':
      return tradeHeight[layout];
    case 'casualties':
      return casualtiesHeight(layout, (state as ChartState<'casualties'>).estimates === 'on');
    case 'flows':
      return layoutFlows(layout, shownDirections((state as ChartState<'flows'>).direction)).height;
  }
}
