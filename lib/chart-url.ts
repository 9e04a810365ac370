import { defaultState, drawnKeys, stateOptions, type ChartId, type ChartState, type ThemeChoice } from './chart-state';

// A view's addresses, built from its state: its link's query, its prerendered path's slug, its drawing's file.
// No zod, as in chart-state.ts: the browser builds links with these.

/** State → query string, defaults left out and keys in a fixed order, so equal views give equal links. */
export function serializeState<C extends ChartId>(chart: C, state: ChartState<C>): string {
  const defaults = defaultState(chart) as Record<string, string>;
  const values = state as Record<string, string>;
  const params = new URLSearchParams();
  for (const key of Object.keys(stateOptions[chart])) {
    if (values[key] !== undefined && values[key] !== defaults[key]) params.set(key, values[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A view's link: the chart page's, or with `base` an embed's. */
export function chartPath<C extends ChartId>(chart: C, state: ChartState<C>, base = '/charts'): string {
  return `${base}/${chart}${serializeState(chart, state)}`;
}

/** The dashboard's link: it takes one setting, the theme, so a reader's choice survives a reload and a chart page's way back. */
export const dashboardPath = (theme: ThemeChoice) => (theme === 'system' ? '/' : `/?theme=${theme}`);

/** A state's values in the order of its keys, joined by dots: `chart.log.on.system`. The path a view is prerendered at. */
export function viewSlug<C extends ChartId>(chart: C, state: ChartState<C>): string {
  const values = state as Record<string, string>;
  return Object.keys(stateOptions[chart]).map((k) => values[k]).join('.');
}

/** A view slug back into its state, or null where any value is not one of its key's options. */
export function stateFromSlug<C extends ChartId>(chart: C, slug: string): ChartState<C> | null {
  const keys = Object.entries(stateOptions[chart]) as [string, readonly string[]][];
  const values = slug.split('.');
  if (values.length !== keys.length || keys.some(([, options], i) => !options.includes(values[i]))) return null;
  return Object.fromEntries(keys.map(([k], i) => [k, values[i]])) as ChartState<C>;
}

/** Which of a chart's drawings a state shows: its drawn values joined by dots (`log.on`). */
export function drawingKey<C extends ChartId>(chart: C, state: ChartState<C>): string {
  const values = state as Record<string, string>;
  return drawnKeys(chart).map((k) => values[k]).join('.');
}

/** Where the browser fetches a drawing of another state: one file per build and drawing, kept forever. */
export const drawingUrl = (version: string, chart: ChartId, key: string) => `/drawings/${version}/${chart}/${key}.json`;
