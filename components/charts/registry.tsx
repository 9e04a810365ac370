import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ChartId, ChartState } from '@/lib/chart-state';
import type { DrawingLayout } from '@/lib/chart-size';
import { cssVarPalette, type Palette } from '@/lib/palette';
import { CasualtiesChart } from './CasualtiesChart';
import { FlowsChart } from './FlowsChart';
import { TradeChart } from './TradeChart';

type Drawing<C extends ChartId> = (state: ChartState<C>, layout: DrawingLayout, palette: Palette) => ReactElement;

/** Each chart's drawing from its state: the one place that knows which state field feeds which prop. */
const drawings: { [C in ChartId]: Drawing<C> } = {
  trade: (s, layout, palette) => <TradeChart scale={s.scale} context={s.context === 'on'} layout={layout} palette={palette} />,
  casualties: (s, layout, palette) => <CasualtiesChart estimates={s.estimates === 'on'} layout={layout} palette={palette} />,
  flows: (s, layout, palette) => <FlowsChart direction={s.direction} highlight={s.highlight} layout={layout} palette={palette} />,
};

/**
 * The one renderer: a chart's state and layout (the page's wide or narrow, or the wide picture's
 * slide, lib/chart-size) → its SVG markup, painted with CSS variables so one drawing serves both
 * themes. Runs in plain Node only (scripts/draw-charts.tsx at build, and tests); the page, a change
 * of state, the downloads, the previews and the embeds all show what it drew.
 */
export function drawChart<C extends ChartId>(chart: C, state: ChartState<C>, layout: DrawingLayout, palette: Palette = cssVarPalette): string {
  return renderToStaticMarkup((drawings[chart] as Drawing<C>)(state, layout, palette));
}

