import { describe, expect, it } from 'vitest';
import { chartControls } from '@/lib/chart-controls';
import { metrics } from '@/data';
import { chartIds, defaultState, stateOptions } from '@/lib/chart-state';
import { optionAvailable, settleState } from '@/lib/settle-state';

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

describe('settling a state whose settings do not fit together', () => {
  const controls = chartControls('flows', true);
  const flows = defaultState('flows');

  it('leaves a fitting state as it is, the same object', () => {
    const state = { ...flows, direction: 'nk-to-ru', highlight: 'munitions' } as const;
    expect(settleState(controls, state)).toBe(state);
    expect(settleState(controls, flows)).toBe(flows);
  });

  it('turning to the direction a highlighted kind does not go puts the highlight back to all kinds', () => {
    const highlighted = { ...flows, highlight: 'military-technology' } as const;
    expect(settleState(controls, { ...highlighted, direction: 'nk-to-ru' })).toEqual({ ...flows, direction: 'nk-to-ru' });
    expect(settleState(controls, { ...highlighted, direction: 'ru-to-nk' })).toEqual({ ...highlighted, direction: 'ru-to-nk' });
  });

  it('offers each kind of flow in the directions the data has it in, and always with both', () => {
    const highlight = controls.find((c) => c.key === 'highlight')!;
    for (const option of highlight.options.filter((o) => o.value !== 'all')) {
      const directions = new Set(metrics.flows.filter((f) => f.kind === option.value).map((f) => f.direction));
      for (const direction of ['both', 'nk-to-ru', 'ru-to-nk'] as const)
        expect(optionAvailable(option, { ...flows, direction }), `${option.value} ${direction}`).toBe(direction === 'both' || directions.has(direction));
    }
  });
});
