import { namesOtherParties, type ChartState } from './chart-state';

/**
 * A chart note. With `withContext` it shows only while other parties' figures are shown (true)
 * or only while they are hidden (false), on the chart and table tabs; the sources tab lists every one. Kept apart from lib/charts.ts so the browser can filter
 * notes without loading the data module.
 */
export type ChartNote = { text: string; withContext?: boolean };

/** The notes that apply to what a state draws. */
export const notesFor = (notes: ChartNote[], state: ChartState): string[] =>
  notes.filter((n) => n.withContext === undefined || n.withContext === namesOtherParties(state)).map((n) => n.text);
