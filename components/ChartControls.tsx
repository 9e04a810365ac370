'use client';

import type { Control } from '@/lib/chart-controls';
import type { ChartState } from '@/lib/chart-state';
import { optionAvailable, settleState } from '@/lib/settle-state';
import { useChartView } from './ChartStateProvider';
import { OptionGroup } from './OptionGroup';

export function ChartControls({ controls }: { controls: Control[] }) {
  const { state, setState } = useChartView();
  const values = state as Record<string, string>;
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-2">
      {controls.map((control) => (
        <OptionGroup
          key={control.key}
          control={control}
          value={values[control.key]}
          unavailable={(option) => (optionAvailable(option, state) ? undefined : option.onlyWith?.reason)}
          // A choice that leaves another setting nothing to show (a highlight of a kind going the other way) resets it.
          onChoose={(value) => setState(settleState(controls, { ...state, [control.key]: value } as ChartState))}
        />
      ))}
    </div>
  );
}
