import type { Layout } from '../chart-size';
import { defaultState, onChartTab, type ChartId, type ChartState } from '../chart-state';
import { serializeState } from '../chart-url';
import { exportTheme } from '../palette';
import { pictureFormats, type DataFormat, type PictureFormat } from './file-formats';

/** How many pixels a PNG has per CSS pixel of its frame. */
export const densities = [1, 2, 4] as const;
export type Density = (typeof densities)[number];

/** What the Download menu offers: a picture of the chart (PNG at a density, SVG) or its data (CSV, JSON). */
export type ExportChoice = { format: 'png'; density: Density } | { format: Exclude<PictureFormat, 'png'> | DataFormat };

/** A picture is made from the drawing on screen; data files from the chart's table, whatever is shown. */
export const isPicture = (choice: ExportChoice) => (pictureFormats as readonly string[]).includes(choice.format);

type PictureOptions = { format: PictureFormat; density: Density; layout: Layout; preview: boolean };

/** The view a picture draws: on the chart tab, in the theme it shows, a light picture being the default view's. */
export const pictureView = (chart: ChartId, state: ChartState) =>
  ({ ...onChartTab(state), theme: exportTheme(state) === 'dark' ? 'dark' : defaultState(chart).theme }) as ChartState;

/**
 * A picture's one address: the state it draws as a page link spells it (on the chart tab, the theme as
 * the picture shows it), then the file's options that differ from their defaults, then the build that
 * made the URL. The image route sends any other spelling here, so a cache keeps each picture once.
 */
export function picturePath(chart: ChartId, state: ChartState, { format, density, layout, preview }: PictureOptions, version?: string): string {
  const params = new URLSearchParams(serializeState(chart, pictureView(chart, state)));
  if (density !== 1) params.set('density', String(density));
  if (layout !== 'wide') params.set('layout', layout);
  if (preview) params.set('variant', 'preview');
  if (version !== undefined) params.set('v', version);
  return `/charts/${chart}/image.${format}${params.size ? `?${params}` : ''}`;
}

/** A chart's data file's one address: the same for every state. */
export const dataPath = (chart: ChartId, format: DataFormat) => `/charts/${chart}/data.${format}`;

/**
 * Where the server makes a choice's file for a state (a picture in the layout on screen, named by
 * the build's version so caches keep it), or the chart's data, which is the same for every state.
 */
export function downloadPath(chart: ChartId, state: ChartState, choice: ExportChoice, layout: Layout, version: string): string {
  if (!isPicture(choice)) return dataPath(chart, choice.format as DataFormat);
  const density = choice.format === 'png' ? choice.density : 1;
  return picturePath(chart, state, { format: choice.format as PictureFormat, density, layout, preview: false }, version);
}
