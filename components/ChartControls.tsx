'use client';

import type { ChartId, ChartState } from '@/lib/chart-state';
import { directionLabels, flowKindLabels, flowKinds } from '@/lib/flow-layout';

type Option = { value: string; label: string };
type Control = { key: string; label: string; options: Option[] };

const onOff: Option[] = [
  { value: 'on', label: 'Show' },
  { value: 'off', label: 'Hide' },
];

/** The controls each chart offers; every one maps to a key of the chart's state schema. */
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
        ...(['nk-to-ru', 'ru-to-nk'] as const).map((d) => ({ value: d, label: directionLabels[d].title })),
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

type Props<C extends ChartId> = { chart: C; state: ChartState<C>; onChange: (next: ChartState<C>) => void; withTheme: boolean };

export function ChartControls<C extends ChartId>({ chart, state, onChange, withTheme }: Props<C>) {
  const values = state as Record<string, string>;
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-2">
      {[...controls[chart], ...(withTheme ? [themeControl] : [])].map((control) => (
        <div key={control.key} role="group" aria-label={control.label} className="flex flex-wrap items-center gap-1 text-sm">
          <span className="mr-1 text-muted">{control.label}</span>
          {control.options.map((option) => {
            const active = values[control.key] === option.value;
            return (
              <button
                key={option.value}
                type="button"
                aria-pressed={active}
                data-control={control.key}
                data-value={option.value}
                onClick={() => onChange({ ...state, [control.key]: option.value })}
                className={`rounded border px-2 py-1 ${active ? 'border-ink bg-ink text-page' : 'border-rule bg-panel text-ink hover:border-ink'}`}
              >
                {option.label}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
