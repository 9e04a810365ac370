import { notFound } from 'next/navigation';
import { isChartId, stateFromSlug, type ChartId, type ChartState } from './chart-state';

/**
 * A prerendered view's route params: proxy.ts rewrites `/charts/trade?scale=log` to
 * `/charts/trade/chart.log.on.system`, so each view is a page built once and cached for everyone.
 */
export type ViewParams = { params: Promise<{ chart: string; view: string }> };

export async function resolveView({ params }: ViewParams): Promise<{ chart: ChartId; state: ChartState }> {
  const { chart, view } = await params;
  const state = isChartId(chart) ? stateFromSlug(chart, view) : null;
  if (!isChartId(chart) || !state) notFound();
  return { chart, state };
}
