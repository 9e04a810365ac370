import { charts, sourceLine, viewTakeaway } from '../charts';
import { notesFor } from '../chart-notes';
import { onChartTab, type ChartId, type ChartState } from '../chart-state';
import { pictureView } from './export-choice';
import { chartPath } from '../chart-url';
import { palettes, type Theme } from '../palette';
import { dataStamp } from '../figures';
import { siteUrl } from '../site';
import type { ChartDrawing, FrameParts } from './frame-svg';

/** The words of an exported frame for a chart state: its pictures, previews and SVG downloads. */
export function frameParts(chart: ChartId, state: ChartState, theme: Theme, drawings: ChartDrawing[]): FrameParts {
  const meta = charts[chart];
  return {
    title: meta.title,
    takeaway: viewTakeaway(meta, state),
    sourceLine: sourceLine(meta, state),
    notes: notesFor(meta.notes, onChartTab(state)),
    link: `${siteUrl(chartPath(chart, pictureView(chart, state)))} · ${dataStamp()}`,
    drawings,
    palette: palettes[theme],
  };
}

