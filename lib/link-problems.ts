import { chartIds, stateOptions, type ChartId } from './chart-state';

/** What the URL asked for that could not be used, for a quiet note on the page. */
export type Rejected = { key: string; reason: Reason };
const reasons = ['invalid', 'repeated', 'unfit', 'elsewhere', 'unknown'] as const;

/** A setting name another chart has and this one lacks (`scale` on the casualties chart): ours, so safe to name. */
export const otherChartsSetting = (chart: ChartId, key: string) => !Object.hasOwn(stateOptions[chart], key) && chartIds.some((c) => Object.hasOwn(stateOptions[c], key));
const mostCounted = 20;
type Reason = (typeof reasons)[number];

/**
 * A link with settings that could not be used is redirected to its view's canonical link, which is
 * prerendered and cached for everyone; what went wrong travels in the fragment (never sent to a
 * server or a cache), as `#unused=invalid.scale,elsewhere.direction,unknown.2`. Only the charts' own setting
 * names are written; other keys are counted, never echoed, so nothing typed into the URL is shown back.
 */
export function problemsFragment(rejected: Rejected[]): string {
  const named = rejected.filter((r) => r.reason !== 'unknown').map((r) => `${r.reason}.${r.key}`);
  const unknown = rejected.filter((r) => r.reason === 'unknown').length;
  return rejected.length ? `#unused=${[...named, ...(unknown ? [`unknown.${unknown}`] : [])].join(',')}` : '';
}

/** The fragment read back, keeping only what it may say: a chart's own setting names, and a count of the rest. */
export function problemsFromFragment(chart: ChartId, fragment: string): Rejected[] {
  const list = fragment.match(/^#unused=([a-z0-9.,-]{1,200})$/)?.[1].split(',') ?? [];
  return list.flatMap((item) => {
    const [reason, key] = item.split('.');
    if (!(reasons as readonly string[]).includes(reason)) return [];
    // Counted up to one past the most the note spells out, which it then calls "over".
    if (reason === 'unknown') return Array.from({ length: Math.min(Number(key) || 0, mostCounted + 1) }, () => ({ key: '', reason: 'unknown' as const }));
    if (reason === 'elsewhere') return otherChartsSetting(chart, key) ? [{ key, reason }] : [];
    return Object.hasOwn(stateOptions[chart], key) ? [{ key, reason: reason as Reason }] : [];
  });
}

/** A chart's settings by the names its controls show, and the option each falls back to. */
export type SettingNames = Record<string, { label: string; fallback: string }>;

const why: Record<Exclude<Reason, 'unknown' | 'elsewhere'>, string> = {
  invalid: 'the link’s value is not one of its options',
  repeated: 'the link gives it more than once',
  unfit: 'the link’s choice does not go with the other settings',
};

/** The note in words: which settings fell back, to what, and why, named as the page names them. */
export function problemsText(rejected: Rejected[], names: SettingNames): string {
  const unknown = rejected.filter((r) => r.reason === 'unknown').length;
  const elsewhere = rejected.filter((r) => r.reason === 'elsewhere').map((r) => `“${r.key}”`);
  const parts = [
    ...rejected.flatMap(({ key, reason }) => {
      if (reason === 'unknown' || reason === 'elsewhere' || !names[key]) return [];
      return [`${names[key].label} is set to “${names[key].fallback}”, as ${why[reason]}`];
    }),
    elsewhere.length === 1 ? `${elsewhere[0]} is a setting of another chart, not this one, so it was ignored` : '',
    elsewhere.length > 1 ? `${elsewhere.slice(0, -1).join(', ')} and ${elsewhere.at(-1)} are settings of other charts, not this one, so they were ignored` : '',
    unknown ? `${unknown > mostCounted ? `over ${mostCounted}` : unknown} unknown ${unknown === 1 ? 'setting was' : 'settings were'} ignored` : '',
  ].filter(Boolean);
  return `Part of this link could not be used. ${parts.map((p) => p[0].toUpperCase() + p.slice(1)).join('. ')}.`;
}
