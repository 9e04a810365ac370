import { z } from 'zod';
import { FlowKindSchema } from '@/data';

/**
 * Every choice a reader can make, per chart, as zod schemas with defaults. The URL holds these
 * and nothing else; defaults are left out so each view has exactly one canonical link.
 */
const tab = z.enum(['chart', 'table', 'sources']).default('chart');
const theme = z.enum(['system', 'light', 'dark']).default('system');

export const stateSchemas = {
  trade: z.object({
    tab,
    scale: z.enum(['linear', 'log']).default('linear'),
    context: z.enum(['on', 'off']).default('on'),
    theme,
  }),
  casualties: z.object({
    tab,
    estimates: z.enum(['on', 'off']).default('on'),
    theme,
  }),
  flows: z.object({
    tab,
    direction: z.enum(['both', 'nk-to-ru', 'ru-to-nk']).default('both'),
    highlight: z.enum(['all', ...FlowKindSchema.options]).default('all'),
    theme,
  }),
};

export type ChartId = keyof typeof stateSchemas;
export const chartIds = Object.keys(stateSchemas) as ChartId[];
export type ChartState<C extends ChartId = ChartId> = z.infer<(typeof stateSchemas)[C]>;
export type AnyChartState = { [C in ChartId]: { chart: C; state: ChartState<C> } }[ChartId];

export const isChartId = (id: string): id is ChartId => (chartIds as string[]).includes(id);

export function defaultState<C extends ChartId>(chart: C): ChartState<C> {
  return stateSchemas[chart].parse({}) as ChartState<C>;
}

export type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** What the URL asked for that could not be used, for a quiet note on the page. */
export type Rejected = { key: string; reason: 'unknown' | 'invalid' };

const MAX_VALUE_LENGTH = 64;

/** URL → state: each key is checked on its own, so one bad value does not throw away the rest. */
export function parseState<C extends ChartId>(chart: C, params: SearchParams): { state: ChartState<C>; rejected: Rejected[] } {
  const schema = stateSchemas[chart];
  const shape = schema.shape as Record<string, z.ZodType>;
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x])));
  const raw: Record<string, string> = {};
  const rejected: Rejected[] = [];
  const note = (key: string, reason: Rejected['reason']) => {
    if (!rejected.some((r) => r.key === key)) rejected.push({ key: key.slice(0, MAX_VALUE_LENGTH), reason });
  };
  for (const [key, value] of entries) {
    if (!(key in shape)) note(key, 'unknown');
    else if (key in raw) note(key, 'invalid');
    else if (value.length > MAX_VALUE_LENGTH || !shape[key].safeParse(value).success) note(key, 'invalid');
    else raw[key] = value;
  }
  // A key given twice is ambiguous: neither value wins, the default does.
  for (const r of rejected) delete raw[r.key];
  return { state: schema.parse(raw) as ChartState<C>, rejected };
}

/** State → query string, defaults left out and keys in schema order, so equal views give equal links. */
export function serializeState<C extends ChartId>(chart: C, state: ChartState<C>): string {
  const defaults = defaultState(chart) as Record<string, string>;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state as Record<string, string>)) {
    if (value !== defaults[key]) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function chartPath<C extends ChartId>(chart: C, state: ChartState<C>, base = '/charts'): string {
  return `${base}/${chart}${serializeState(chart, state)}`;
}

/** Whether a state draws other parties' figures beside the article's (so the source line names them). */
export function showsContext(state: ChartState): boolean {
  const s = state as Record<string, string>;
  return s.context !== 'off' && s.estimates !== 'off';
}

/** The reader's theme choice as the `data-theme` attribute; none means follow the system. */
export function themeAttribute(state: ChartState): 'light' | 'dark' | undefined {
  const { theme } = state as { theme: string };
  return theme === 'light' || theme === 'dark' ? theme : undefined;
}

/** The server-drawn PNG of a state; `extra` adds image options such as density or variant. */
export function imagePath<C extends ChartId>(chart: C, state: ChartState<C>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(serializeState(chart, { ...state, tab: 'chart' }));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const query = params.toString();
  return `/charts/${chart}/image.png${query ? `?${query}` : ''}`;
}
