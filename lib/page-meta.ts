import { charts, takeawayText } from './charts';
import { chartPath, showsContext, type ChartId, type ChartState } from './chart-state';
import { siteUrl } from './site';

/** What a chart view's page says of itself: its title, its finding in words, and its one canonical address. */
export function viewMeta(chart: ChartId, state: ChartState) {
  const meta = charts[chart];
  return { title: meta.title, description: takeawayText(meta, showsContext(state)), url: siteUrl(chartPath(chart, state)) };
}
