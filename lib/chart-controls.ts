import type { FlowKind } from '@/data';
import { stateOptions, tabLabels, themeChoices, type ChartId } from './chart-state';
import type { SettingNames } from './link-problems';
import { directionLabels, directionsOfKind, flowKindLabels } from './flow-layout';
import type { OnlyWith } from './settle-state';

export type ControlOption = { value: string; label: string; onlyWith?: OnlyWith };
export type Control = { key: string; label: string; options: ControlOption[] };

/** What each choice of a chart's state (chart-state.ts) is called on its control. */
const keyLabels: Record<string, string> = {
  scale: 'Scale',
  context: 'Other sources',
  estimates: 'Other parties’ estimates',
  direction: 'Direction',
  highlight: 'Highlight',
  theme: 'Theme',
};

const valueLabels: Record<string, string> = {
  linear: 'Linear',
  log: 'Log',
  on: 'Show',
  off: 'Hide',
  both: 'Both ways',
  ...Object.fromEntries(Object.entries(directionLabels).map(([direction, { title }]) => [direction, title])),
  all: 'All kinds',
  ...flowKindLabels,
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

/** A kind of flow can be highlighted only where it is drawn: with both directions, or the one it goes. */
function onlyWith(key: string, value: string): { onlyWith?: OnlyWith } {
  // Never on a default (the first option): settleState falls back to it.
  if (key !== 'highlight' || value === 'all') return {};
  return { onlyWith: { key: 'direction', values: ['both', ...directionsOfKind(value as FlowKind)], reason: 'none of this kind goes this way' } };
}

const control = (key: string, options: readonly string[]): Control => ({
  key,
  label: keyLabels[key],
  options: options.map((value) => ({ value, label: valueLabels[value], ...onlyWith(key, value) })),
});

/**
 * A chart's controls, one for each key of its state in the state's order, with the theme choice
 * only where the chart has the page to itself. The tab is chosen by the tabs, not a control.
 */
export function chartControls(chart: ChartId, withTheme: boolean): Control[] {
  return Object.entries(stateOptions[chart])
    .filter(([key]) => key !== 'tab' && (withTheme || key !== 'theme'))
    .map(([key, options]) => control(key, options));
}

/** The theme choice alone, the same on every chart: the dashboard offers it once for the whole page. */
export const themeControl = control('theme', themeChoices);

/** Each setting a link may carry, by the name the page shows for it and the option a link falls back to. */
export const settingNames = (chart: ChartId): SettingNames => ({
  tab: { label: 'Tab', fallback: tabLabels.chart },
  ...Object.fromEntries(chartControls(chart, true).map((c) => [c.key, { label: c.label, fallback: c.options[0].label }])),
});
