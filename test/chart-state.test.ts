import { metrics } from '@/data';
import { describe, expect, it } from 'vitest';
import { chartControls } from '@/lib/chart-controls';
import { chartIdInOtherCase, chartIds, defaultState, type ChartId, type ChartState } from '@/lib/chart-state';
import { serializeState } from '@/lib/chart-url';
import { settleState } from '@/lib/settle-state';
import { parseState, stateSchemas } from '@/lib/parse-state';

/** A flows highlight fits a direction if the data has that kind going that way (or both ways are drawn). */
const fits = (state: Record<string, string>) =>
  !state.highlight || state.highlight === 'all' || state.direction === 'both' || metrics.flows.some((f) => f.kind === state.highlight && f.direction === state.direction);

/** Every combination of every control of a chart, built from its schema, whose settings fit together. */
function allStates(chart: ChartId): Record<string, string>[] {
  const shape = stateSchemas[chart].shape as Record<string, { unwrap: () => { options: string[] } }>;
  return Object.entries(shape)
    .reduce<Record<string, string>[]>((states, [key, field]) => states.flatMap((s) => field.unwrap().options.map((o) => ({ ...s, [key]: o }))), [{}])
    .filter(fits);
}

describe('URL ⇄ state', () => {
  it.each(chartIds)('%s: every state survives a round trip and has one canonical query', (chart) => {
    const states = allStates(chart);
    expect(states.length).toBeGreaterThan(4);
    const queries = new Set<string>();
    for (const state of states) {
      const query = serializeState(chart, state as never);
      queries.add(query);
      const back = parseState(chart, new URLSearchParams(query));
      expect(back.state).toEqual(state);
      expect(back.rejected).toEqual([]);
    }
    expect(queries.size).toBe(states.length);
  });

  it('a state whose settings do not fit is settled to one that does, and every fitting state is left as it is', () => {
    const shape = stateSchemas.flows.shape as Record<string, { unwrap: () => { options: string[] } }>;
    const every = Object.entries(shape).reduce<Record<string, string>[]>((states, [key, field]) => states.flatMap((s) => field.unwrap().options.map((o) => ({ ...s, [key]: o }))), [{}]);
    expect(every.some((s) => !fits(s))).toBe(true);
    for (const state of every) {
      const settled = settleState(chartControls('flows', true), state as ChartState);
      expect(settled === state, JSON.stringify(state)).toBe(fits(state));
      expect(fits(settled), JSON.stringify(state)).toBe(true);
    }
  });

  it('leaves defaults out of the link', () => {
    expect(serializeState('trade', defaultState('trade'))).toBe('');
    expect(serializeState('trade', { ...defaultState('trade'), scale: 'log' })).toBe('?scale=log');
  });

  it('falls back to defaults on bad values and says which keys it could not use', () => {
    expect(parseState('trade', { scale: 'LOG', theme: 'Dark' })).toEqual({ state: { ...defaultState('trade'), scale: 'log', theme: 'dark' }, rejected: [] });
    expect(parseState('trade', { SCALE: 'log', Theme: 'dark' })).toEqual({ state: { ...defaultState('trade'), scale: 'log', theme: 'dark' }, rejected: [] });
    // The note names an unknown key as the reader typed it.
    expect(parseState('trade', { Colour: 'red' }).rejected).toEqual([{ key: 'Colour', reason: 'unknown' }]);
    // The same key typed twice in different cases is still given twice: ambiguous, so the default wins.
    expect(parseState('trade', { scale: 'log', SCALE: 'linear' }).rejected).toEqual([{ key: 'scale', reason: 'repeated' }]);
    // Given twice is given twice, whichever of its values comes first.
    for (const values of [['bogus', 'log'], ['log', 'bogus']]) expect(parseState('trade', { scale: values }).rejected, values.join()).toEqual([{ key: 'scale', reason: 'repeated' }]);
    // A query parser can hand over something that is not a string: it is a bad value, not a crash.
    expect(parseState('trade', { scale: { nested: 'log' } as never }).rejected).toEqual([{ key: 'scale', reason: 'invalid' }]);
    const { state, rejected } = parseState('trade', {
      scale: 'sideways',
      context: ['on', 'off'],
      '<script>': 'x',
      theme: 'dark',
    });
    expect(state).toEqual({ ...defaultState('trade'), theme: 'dark' });
    expect(rejected).toEqual([
      { key: 'scale', reason: 'invalid' },
      { key: 'context', reason: 'repeated' },
      { key: '<script>', reason: 'unknown' },
    ]);
  });

  it('puts back a highlight of a kind the chosen direction does not draw, and says so', () => {
    // Which kinds go which way is read from the data, not restated here.
    for (const flow of metrics.flows) {
      const other = flow.direction === 'nk-to-ru' ? 'ru-to-nk' : 'nk-to-ru';
      const goesBothWays = metrics.flows.some((f) => f.kind === flow.kind && f.direction === other);
      const own = parseState('flows', { direction: flow.direction, highlight: flow.kind });
      expect(own).toEqual({ state: { ...defaultState('flows'), direction: flow.direction, highlight: flow.kind }, rejected: [] });
      const across = parseState('flows', { direction: other, highlight: flow.kind });
      expect(across.state.highlight, flow.id).toBe(goesBothWays ? flow.kind : 'all');
      expect(across.state.direction, flow.id).toBe(other);
      expect(across.rejected, flow.id).toEqual(goesBothWays ? [] : [{ key: 'highlight', reason: 'unfit' }]);
    }
  });

  it('refuses huge values without trying them', () => {
    const { state, rejected } = parseState('flows', { direction: 'x'.repeat(100_000) });
    expect(state).toEqual(defaultState('flows'));
    expect(rejected).toEqual([{ key: 'direction', reason: 'invalid' }]);
  });
});

describe('a chart id in other letter case', () => {
  it('names the chart it spells, and nothing for the canonical id or an unknown one', () => {
    expect(chartIdInOtherCase('Trade')).toBe('trade');
    expect(chartIdInOtherCase('FLOWS')).toBe('flows');
    expect(chartIdInOtherCase('trade')).toBeUndefined();
    expect(chartIdInOtherCase('Population')).toBeUndefined();
    expect(chartIdInOtherCase('')).toBeUndefined();
  });
});
