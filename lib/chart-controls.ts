import { directions } from '@/data/vocabulary';
import type { ChartId } from './chart-state';
import { directionLabels, flowKindLabels, flowKinds } from './flow-layout';

export type ControlOption = { value: string; label: string };
export type Control = { key: string; label: string; options: ControlOption[] };

const onOff: ControlOption[] = [
  { value: 'on', label: 'Show' },
  { value: 'off', label: 'Hide' },
];

/** The controls each chart offers; every one maps to a key of the chart's state (chart-state.ts). */
const controls: Record<ChartId, Control[]> = {
  trade: [
    { key: 'scale', label: 'Scale', options: [{ value: 'linear', label: 'Linear' }, { value: 'log', label: 'Log' }] },
    { key: 'context', label: 'Other sources', options: onOff },
  ],
  casualties: [{ key: 'estimates', label: 'Other parties’ estimates', options: onOff }],
  flows: [
    {
      key: 'direction',
      label: 'Direction',
      options: [
        { value: 'both', label: 'Both ways' },
        ...directions.map((d) => ({ value: d, label: directionLabels[d].title })),
      ],
    },
    {
      key: 'highlight',
      label: 'Highlight',
      options: [{ value: 'all', label: 'All kinds' }, ...flowKinds.map((k) => ({ value: k, label: flowKindLabels[k] }))],
    },
  ],
};

const themeControl: Control = {
  key: 'theme',
  label: 'Theme',
  options: [
    { value: 'system', label: 'System' },
    { value: 'light', label: 'Light' },
    { value: 'dark', label: 'Dark' },
  ],
};

/** A chart's controls, with the theme choice where the chart has the page to itself. */
export function chartControls(chart: ChartId, withTheme: boolean): Control[] {
  return [...controls[chart], ...(withTheme ? [themeControl] : [])];
}
