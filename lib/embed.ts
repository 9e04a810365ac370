import { chartPath, onChartTab, type ChartId, type ChartState } from './chart-state';
import { drawingHeight } from './drawing-height';
import { escapeXml } from './export/frame-svg';

/** The widest an embed is offered at; there the chart shows its wide drawing at full size. */
export const embedMaxWidth = 780;

/**
 * Everything on the embed page besides the drawing: its padding (12 px above and below), the
 * title line and its margin (24 + 8) and a source line of up to two lines (2 × 16).
 */
const embedChrome = 12 + 24 + 8 + 2 * 16 + 12;

/** An iframe height that shows this state's whole chart at the embed's full width, without scrolling. */
export const embedHeight = (chart: ChartId, state: ChartState): number => drawingHeight(chart, state, 'wide') + embedChrome;

export function embedSnippet(origin: string, chart: ChartId, state: ChartState, title: string): string {
  const src = `${origin}${chartPath(chart, onChartTab(state), '/embed')}`;
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${embedHeight(chart, state)}" style="border:0;max-width:${embedMaxWidth}px" loading="lazy"></iframe>`;
}
