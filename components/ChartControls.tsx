'use client';

import type { Control } from '@/lib/chart-controls';
import { chartPath, type ChartState } from '@/lib/chart-state';
import { optionAvailable, settleState } from '@/lib/settle-state';
import { useChartView } from './ChartStateProvider';
import { OptionGroup } from './OptionGroup';

export function ChartControls({ controls }: { controls: Control[] }) {
  const { chart, state, setState } = useChartView();
  const values = state as Record<string, string>;
  // A choice that leaves another setting nothing to show (a highlight of a kind going the other way) resets it.
  const next = (key: string, value: string) => settleState(controls, { ...state, [key]: value } as ChartState);
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-2">
      {controls.map((control) => (
        <OptionGroup
          key={control.key}
          control={control}
          value={values[control.key]}
          unavailable={(option) => (optionAvailable(option, state) ? undefined : option.onlyWith?.reason)}
          href={(value) => chartPath(chart, next(control.key, value))}
          onChoose={(value) => setState(next(control.key, value))}
        />
      ))}
    </div>
  );
}
