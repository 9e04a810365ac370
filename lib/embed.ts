import { chartPath, type ChartId, type ChartState } from './chart-state';
import { escapeXml } from './export/frame-svg';

/** Frame heights that fit each chart's wide layout with its source line, so embeds need no scrolling. */
export const embedHeights: Record<ChartId, number> = { trade: 500, casualties: 1000, flows: 760 };

export function embedSnippet(origin: string, chart: ChartId, state: ChartState, title: string): string {
  const src = `${origin}${chartPath(chart, { ...state, tab: 'chart' } as never, '/embed')}`;
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="${embedHeights[chart]}" style="border:0;max-width:780px" loading="lazy"></iframe>`;
}
