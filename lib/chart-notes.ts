import { namesOtherParties, type ChartState } from './chart-state';

/**
 * A chart note. With `withContext` it shows only while other parties' figures are shown (true)
 * or only while they are hidden (false), on the chart and table tabs; the sources tab, which names
 * every party, lists those about them.
 * A `drawing` note says how the chart draws something (a mark's look, a year marked "hidden"), so it
 * shows with the chart (its tab, pictures, embeds) and not beside the table or the sources. Kept apart
 * from lib/charts.ts so the browser can filter notes without loading the data module.
 */
export type ChartNote = { text: string; withContext?: boolean; drawing?: true };

/** The notes that apply to what a state shows. */
export const notesFor = (notes: ChartNote[], state: ChartState): string[] =>
  notes.filter((n) => (n.withContext === undefined || n.withContext === namesOtherParties(state)) && (!n.drawing || state.tab === 'chart')).map((n) => n.text);
