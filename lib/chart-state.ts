import { directions, flowKinds } from '@/data/vocabulary';
import { themes } from './palette';

/**
 * Every choice a reader can make, per chart; the first option of each is its default. The URL
 * holds these and nothing else, defaults left out, so each view has exactly one canonical link.
 * No zod here: the browser needs these to build links, and parse-state.ts checks them on the server.
 */
export const tabs = ['chart', 'table', 'sources'] as const;
export type Tab = (typeof tabs)[number];
export const tabLabels: Record<Tab, string> = { chart: 'Chart', table: 'Table', sources: 'Sources' };
/** The theme choices, of every chart and of the dashboard: the system's by default, or one of the painted themes. */
export const themeChoices = ['system', ...themes] as const;
export type ThemeChoice = (typeof themeChoices)[number];
const onOff = ['on', 'off'] as const;

export const stateOptions = {
  trade: { tab: tabs, scale: ['linear', 'log'], context: onOff, theme: themeChoices },
  casualties: { tab: tabs, estimates: onOff, theme: themeChoices },
  flows: { tab: tabs, direction: ['both', ...directions], highlight: ['all', ...flowKinds], theme: themeChoices },
} as const;

type Options = typeof stateOptions;
export type ChartId = keyof Options;

/** Where a chart draws other parties' figures beside the article's, the setting that hides them. */
export const othersSetting: { [C in ChartId]?: keyof Options[C] & string } = { trade: 'context', casualties: 'estimates' };
export const chartIds = Object.keys(stateOptions) as ChartId[];
// Distributes over the union, so ChartState alone is any one chart's full state.
export type ChartState<C extends ChartId = ChartId> = C extends ChartId ? { [K in keyof Options[C]]: Options[C][K] extends readonly (infer V)[] ? V : never } : never;

export const isChartId = (id: string): id is ChartId => (chartIds as string[]).includes(id);

/** The element id of a chart's takeaway in its frame, which describes the drawing to assistive technology. */
export const takeawayId = (chart: ChartId) => `${chart}-takeaway`;

/** The chart an id typed in other letter case names (`Trade`), if it names one but is not spelled as the canonical id. */
export const chartIdInOtherCase = (id: string): ChartId | undefined => (isChartId(id) ? undefined : chartIds.find((c) => c === id.toLowerCase()));

export function defaultState<C extends ChartId>(chart: C): ChartState<C> {
  return Object.fromEntries(Object.entries(stateOptions[chart]).map(([key, options]) => [key, options[0]])) as ChartState<C>;
}

/** The same view on the chart tab: images and embeds show the drawing whatever tab the reader is on. */
export const onChartTab = <C extends ChartId>(state: ChartState<C>): ChartState<C> => ({ ...state, tab: 'chart' }) as ChartState<C>;

/** Whether a state draws other parties' figures beside the article's (so its notes and takeaway speak of them). */
export function showsContext(state: ChartState): boolean {
  return Object.values(othersSetting).every((key) => (state as Record<string, string>)[key] !== 'off');
}

/** Which way the flows a state shows go; a chart without flows shows all its rows, as if both ways. */
export const directionShown = (state: ChartState) => ('direction' in state ? state.direction : 'both');

/**
 * Whether the frame names the other parties: while the chart and the table show their figures, and
 * on the sources tab, which lists every source whatever the view shows.
 */
export const namesOtherParties = (state: ChartState): boolean => showsContext(state) || state.tab === 'sources';

/** The name of the dashboard's theme radios, which lib/theme-css.ts reads with :has() before any script runs. */
export const pageThemeInput = 'page-theme';

/** The reader's theme choice (a chart's, or the dashboard's) as the `data-theme` attribute; none means follow the system. */
export function themeAttribute({ theme }: { theme: string }): 'light' | 'dark' | undefined {
  return theme === 'light' || theme === 'dark' ? theme : undefined;
}

/** Every key of a state but the tab and the theme: what changes the drawing (the theme is CSS variables). */
export const drawnKeys = (chart: ChartId): string[] => Object.keys(stateOptions[chart]).filter((k) => k !== 'tab' && k !== 'theme');
