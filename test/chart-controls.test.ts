import { describe, expect, it } from 'vitest';
import { chartControls } from '@/lib/chart-controls';
import { chartIds, stateOptions } from '@/lib/chart-state';

describe('chart controls', () => {
  it.each(chartIds)('%s: every choice of the state but the tab has a labelled control', (chart) => {
    const controls = chartControls(chart, true);
    const keys = Object.keys(stateOptions[chart]).filter((k) => k !== 'tab');
    expect(controls.map((c) => c.key)).toEqual(keys);
    for (const control of controls) {
      expect(control.label, control.key).toBeTruthy();
      expect(control.options.map((o) => o.value)).toEqual([...(stateOptions[chart] as Record<string, readonly string[]>)[control.key]]);
      for (const option of control.options) expect(option.label, `${control.key}=${option.value}`).toBeTruthy();
    }
  });

  it('offers the theme only where the chart has the page to itself', () => {
    expect(chartControls('trade', false).map((c) => c.key)).toEqual(['scale', 'context']);
  });
});
