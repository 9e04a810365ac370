import { z } from 'zod';
import { chartControls } from './chart-controls';
import { stateOptions, type ChartId, type ChartState } from './chart-state';
import { otherChartsSetting, type Rejected } from './link-problems';
import { settleState } from './settle-state';

/** The reader's choices as zod schemas, built from the option lists: each key one of its options, the first by default. */
export const stateSchemas = Object.fromEntries(
  Object.entries(stateOptions).map(([chart, keys]) => [
    chart,
    z.object(Object.fromEntries(Object.entries(keys).map(([key, options]) => [key, z.enum(options as readonly [string, ...string[]]).default(options[0])]))),
  ]),
) as Record<ChartId, z.ZodObject<Record<string, z.ZodDefault<z.ZodEnum>>>>;

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;


const MAX_VALUE_LENGTH = 64;

/** URL → state: each key is checked on its own, so one bad value does not throw away the rest. */
export function parseState<C extends ChartId>(chart: C, params: SearchParams): { state: ChartState<C>; rejected: Rejected[] } {
  const schema = stateSchemas[chart];
  const shape = schema.shape;
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x])));
  const raw: Record<string, string> = {};
  const rejected: Rejected[] = [];
  const note = (key: string, reason: Rejected['reason']) => {
    const earlier = rejected.find((r) => r.key === key);
    // A key given twice is reported as that, whatever its first value was.
    if (earlier && reason === 'repeated') earlier.reason = reason;
    else if (!earlier) rejected.push({ key: key.slice(0, MAX_VALUE_LENGTH), reason });
  };
  for (const [typedKey, given] of entries) {
    // Keys and values are matched in any case (a hand-typed "SCALE=LOG" means scale=log); the link is rewritten in lower case.
    const key = typedKey.toLowerCase();
    // A hostile query can hand the page something other than a string: that is a bad value.
    const value = typeof given === 'string' ? given.toLowerCase() : '';
    if (!Object.hasOwn(shape, key)) note(otherChartsSetting(chart, key) ? key : typedKey, otherChartsSetting(chart, key) ? 'elsewhere' : 'unknown');
    else if (typeof given !== 'string') note(key, 'invalid');
    else if (key in raw || rejected.some((r) => r.key === key)) note(key, 'repeated');
    else if (value.length > MAX_VALUE_LENGTH || !shape[key].safeParse(value).success) note(key, 'invalid');
    else raw[key] = value;
  }
  // A key given twice is ambiguous: neither value wins, the default does.
  for (const r of rejected) delete raw[r.key];
  const asked = schema.parse(raw) as ChartState<C>;
  // Values that each exist but not together (a highlight of a kind that goes the other way) fall back too.
  const state = settleState(chartControls(chart, true), asked);
  const values = state as Record<string, string>;
  for (const [key, value] of Object.entries(asked)) if (values[key] !== value) note(key, 'unfit');
  return { state, rejected };
}
