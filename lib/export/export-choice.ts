import type { Layout } from '../chart-size';
import { filePath, type ChartId, type ChartState } from '../chart-state';
import { pictureFormats, type DataFormat, type PictureFormat } from './file-formats';

/** How many pixels a PNG has per CSS pixel of its frame. */
export const densities = [1, 2, 4] as const;
export type Density = (typeof densities)[number];

/** What the Download menu offers: a picture of the chart (PNG at a density, SVG) or its data (CSV, JSON). */
export type ExportChoice = { format: 'png'; density: Density } | { format: Exclude<PictureFormat, 'png'> | DataFormat };

/** A picture is made from the drawing on screen; data files from the chart's table, whatever is shown. */
export const isPicture = (choice: ExportChoice) => (pictureFormats as readonly string[]).includes(choice.format);

/**
 * Where the server makes a choice's file for a state (a picture in the layout on screen, named by
 * the build's version so caches keep it), or the chart's data, which is the same for every state.
 */
export function downloadPath(chart: ChartId, state: ChartState, choice: ExportChoice, layout: Layout, version: string): string {
  if (!isPicture(choice)) return `/charts/${chart}/data.${choice.format}`;
  return filePath(chart, `image.${choice.format}`, state, { ...(choice.format === 'png' && { density: String(choice.density) }), layout, v: version });
}
