import { describe, expect, it } from 'vitest';
import { chartIds } from '@/lib/chart-state';
import { stateFromSlug, viewSlug } from '@/lib/chart-url';
import { settingNames } from '@/lib/chart-controls';
import { problemsFragment, problemsFromFragment, problemsText } from '@/lib/link-problems';
import { parseState } from '@/lib/parse-state';
import { allStates } from '@/lib/views';

describe('what a link could not use, carried in its fragment', () => {
  it('round-trips what the server found, naming known settings and counting unknown ones', () => {
    const { rejected } = parseState('trade', new URLSearchParams('scale=sideways&theme=dark&theme=light&colour=red&<b>=1'));
    const fragment = problemsFragment(rejected);
    expect(fragment).toBe('#unused=invalid.scale,repeated.theme,unknown.2');
    expect(problemsFromFragment('trade', fragment)).toEqual(rejected.map((r) => (r.reason === 'unknown' ? { key: '', reason: 'unknown' } : r)));
    expect(problemsText(problemsFromFragment('trade', fragment), settingNames('trade'))).toBe(
      'Part of this link could not be used. Scale is set to “Linear”, as the link’s value is not one of its options. Theme is set to “System”, as the link gives it more than once. 2 unknown settings were ignored.',
    );
  });

  it('names a setting of another chart, which is no secret, as that rather than as unknown', () => {
    const { rejected } = parseState('casualties', new URLSearchParams('SCALE=log&direction=both&utm_source=x'));
    const fragment = problemsFragment(rejected);
    expect(fragment).toBe('#unused=elsewhere.scale,elsewhere.direction,unknown.1');
    expect(problemsText(problemsFromFragment('casualties', fragment), settingNames('casualties'))).toBe(
      'Part of this link could not be used. “scale” and “direction” are settings of other charts, not this one, so they were ignored. 1 unknown setting was ignored.',
    );
    expect(problemsText(problemsFromFragment('trade', '#unused=elsewhere.estimates'), settingNames('trade'))).toBe(
      'Part of this link could not be used. “estimates” is a setting of another chart, not this one, so it was ignored.',
    );
    // Only another chart's own setting names are read back: not this chart's, not anything else.
    expect(problemsFromFragment('trade', '#unused=elsewhere.scale,elsewhere.colour')).toEqual([]);
  });

  it('names each setting as its control does, with the option it falls back to', () => {
    expect(problemsText([{ key: 'tab', reason: 'invalid' }, { key: 'highlight', reason: 'unfit' }], settingNames('flows'))).toBe(
      'Part of this link could not be used. Tab is set to “Chart”, as the link’s value is not one of its options. Highlight is set to “All kinds”, as the link’s choice does not go with the other settings.',
    );
  });

  it.each([
    ['#unused=invalid.<script>', []],
    ['#unused=invalid.estimates', []],
    ['#unused=odd.scale', []],
    ['#unused=unknown.999', Array.from({ length: 21 }, () => ({ key: '', reason: 'unknown' }))],
    ['#unused=' + 'x'.repeat(300), []],
    ['#elsewhere', []],
  ])('says nothing it was not meant to: %s', (fragment, expected) => {
    // Only the trade chart's own setting names are named; anything else is dropped or counted, up to twenty-one.
    expect(problemsFromFragment('trade', fragment)).toEqual(expected);
  });
});

it('a count of unknown settings too long to spell out is given as over twenty, never as fewer than there were', () => {
  expect(problemsText(problemsFromFragment('trade', '#unused=unknown.400'), settingNames('trade'))).toBe('Part of this link could not be used. Over 20 unknown settings were ignored.');
  expect(problemsText(problemsFromFragment('trade', '#unused=unknown.20'), settingNames('trade'))).toBe('Part of this link could not be used. 20 unknown settings were ignored.');
});

describe('view slugs', () => {
  it.each(chartIds)('%s: every state a link can name has a slug that reads back as that state, and no other', (chart) => {
    const slugs = allStates(chart).map((state) => {
      expect(stateFromSlug(chart, viewSlug(chart, state))).toEqual(state);
      return viewSlug(chart, state);
    });
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(stateFromSlug(chart, 'chart.nope')).toBeNull();
    expect(stateFromSlug(chart, `${slugs[0]}.extra`)).toBeNull();
  });
});
