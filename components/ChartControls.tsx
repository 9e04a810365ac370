'use client';

import type { Control } from '@/lib/chart-controls';
import type { ChartState } from '@/lib/chart-state';
import { optionAvailable, settleState } from '@/lib/settle-state';
import { useChartView } from './ChartStateProvider';

export function ChartControls({ controls }: { controls: Control[] }) {
  const { state, setState } = useChartView();
  const values = state as Record<string, string>;
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-2">
      {controls.map((control) => (
        <div key={control.key} role="group" aria-label={control.label} className="flex flex-wrap items-center gap-1 text-sm">
          <span className="mr-1 text-muted">{control.label}</span>
          {control.options.map((option) => {
            const active = values[control.key] === option.value;
            const available = optionAvailable(option, state);
            return (
              <button
                key={option.value}
                type="button"
                aria-pressed={active}
                // Not `disabled`: a keyboard reader still reaches the option and hears why it cannot be chosen.
                aria-disabled={!available || undefined}
                title={available ? undefined : option.onlyWith?.reason}
                data-control={control.key}
                data-value={option.value}
                // A choice that leaves another setting nothing to show (a highlight of a kind going the other way) resets it.
                onClick={() => available && setState(settleState(controls, { ...state, [control.key]: option.value } as ChartState))}
                className={`rounded border px-2 py-1 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 ${active ? 'border-ink bg-ink text-page' : 'border-rule bg-panel text-ink not-aria-disabled:hover:border-ink'}`}
              >
                {option.label}
                {!available && <span className="sr-only">{` (${option.onlyWith?.reason})`}</span>}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
