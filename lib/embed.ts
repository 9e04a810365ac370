import { chartPath, onChartTab, serializeState, type ChartId, type ChartState } from './chart-state';
import { escapeXml } from './export/frame-svg';

/** The widest an embed is offered at; there the chart shows its wide drawing at full size. */
export const embedMaxWidth = 780;

/** The part of a state that decides an embed's height: everything but the tab and the theme. */
export const embedHeightKey = (chart: ChartId, state: ChartState): string =>
  serializeState(chart, { ...onChartTab(state), theme: 'system' } as ChartState);

/** Embed heights by `embedHeightKey`, worked out on the server (lib/embed-height.ts), where the words are. */
export type EmbedHeights = Record<string, number>;

export function embedSnippet(origin: string, chart: ChartId, state: ChartState, title: string, heights: EmbedHeights): string {
  const src = `${origin}${chartPath(chart, onChartTab(state), '/embed')}`;
  const height = heights[embedHeightKey(chart, state)];
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${height}" style="border:0;max-width:${embedMaxWidth}px" loading="lazy"></iframe>`;
}
