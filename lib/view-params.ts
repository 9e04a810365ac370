import { isChartId, type ChartId, type ChartState } from './chart-state';
import { stateFromSlug } from './chart-url';

/**
 * A prerendered view's route params: proxy.ts rewrites `/charts/trade?scale=log` to
 * `/charts/trade/chart.log.on.system`, so each view is a page built once and cached for everyone.
 */
export type ViewParams = { params: Promise<{ chart: string; view: string }> };

/** The chart and state a view's params name, or null where they name none (the route answers 404). */
export async function resolveView({ params }: ViewParams): Promise<{ chart: ChartId; state: ChartState } | null> {
  const { chart, view } = await params;
  const state = isChartId(chart) ? stateFromSlug(chart, view) : null;
  return isChartId(chart) && state ? { chart, state } : null;
}
