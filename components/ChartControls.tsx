'use client';

import { useState } from 'react';
import type { Control } from '@/lib/chart-controls';
import { drawnKeys, type ChartState } from '@/lib/chart-state';
import { chartPath } from '@/lib/chart-url';
import { optionAvailable, settleState } from '@/lib/settle-state';
import { useChartView } from './ChartStateProvider';
import { OptionGroup } from './OptionGroup';

/** Why a choice put other settings back to their defaults, in words; empty if it did not. */
function resetText(controls: Control[], chosenKey: string, wanted: Record<string, string>, settled: Record<string, string>): string {
  return controls
    .filter((c) => c.key !== chosenKey && settled[c.key] !== wanted[c.key])
    .map((c) => {
      const dropped = c.options.find((o) => o.value === wanted[c.key]);
      return `${dropped?.label}: ${dropped?.onlyWith?.reason}, so ${c.label} is back to ${c.options[0].label}.`;
    })
    .join(' ');
}

export function ChartControls({ controls }: { controls: Control[] }) {
  const { chart, state, setState } = useChartView();
  const values = state as Record<string, string>;
  // Said beside the controls while the drawing it explains is shown, so a setting never changes unexplained.
  const [reset, setReset] = useState<{ text: string; state: Record<string, string> } | null>(null);
  const explains = (shown: Record<string, string>) => drawnKeys(chart).every((k) => shown[k] === values[k]);
  // A choice that leaves another setting nothing to show (a highlight of a kind going the other way) resets it.
  const next = (key: string, value: string) => settleState(controls, { ...state, [key]: value } as ChartState);
  const choose = (key: string, value: string) => {
    const settled = next(key, value);
    const text = resetText(controls, key, { ...values, [key]: value }, settled as Record<string, string>);
    setReset(text ? { text, state: settled as Record<string, string> } : null);
    setState(settled);
  };
  return (
    <div className="flex flex-wrap gap-x-6 gap-y-2">
      {controls.map((control) => (
        <OptionGroup
          key={control.key}
          control={control}
          value={values[control.key]}
          unavailable={(option) => (optionAvailable(option, state) ? undefined : option.onlyWith?.reason)}
          href={(value) => chartPath(chart, next(control.key, value))}
          onChoose={(value) => choose(control.key, value)}
        />
      ))}
      <p role="status" className="basis-full text-xs text-muted empty:hidden" data-reset-notice>
        {reset && explains(reset.state) ? reset.text : ''}
      </p>
    </div>
  );
}
