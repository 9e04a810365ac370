import { chartControls } from './chart-controls';
import { drawnKeys, stateOptions, type ChartId, type ChartState } from './chart-state';
import { viewSlug } from './chart-url';
import { settleState } from './settle-state';

/**
 * The whole state space, which is finite: every parameter is one of a few options. Only states
 * whose values fit together count (settleState changes none of them): those are the views a
 * link can name, so every one is prerendered, drawn and checked.
 */
export function allStates<C extends ChartId>(chart: C, keys: string[] = Object.keys(stateOptions[chart])): ChartState<C>[] {
  const options = stateOptions[chart] as Record<string, readonly string[]>;
  const base = Object.fromEntries(Object.entries(options).map(([k, o]) => [k, o[0]]));
  const combos = keys.reduce<Record<string, string>[]>((all, key) => all.flatMap((s) => options[key].map((o) => ({ ...s, [key]: o }))), [base]);
  const controls = chartControls(chart, true);
  return combos.filter((s) => settleState(controls, s as ChartState) === s) as ChartState<C>[];
}

/** One state per distinct drawing (tab and theme at their defaults), keyed by its drawing key. */
export const drawnStates = <C extends ChartId>(chart: C): ChartState<C>[] => allStates(chart, drawnKeys(chart));

/** The slugs every chart page is prerendered at. */
export const viewSlugs = (chart: ChartId) => allStates(chart).map((s) => viewSlug(chart, s));

/** The slugs every embed is prerendered at: an embed always shows the chart tab. */
export const embedSlugs = (chart: ChartId) => allStates(chart).filter((s) => s.tab === 'chart').map((s) => viewSlug(chart, s));

