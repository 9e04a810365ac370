import { notesFor } from './chart-notes';
import { charts, sourceLine, viewTakeaway } from './charts';
import type { ChartId, ChartState } from './chart-state';
import { chartWidth } from './chart-size';
import { embedHeightKey, embedMaxWidth, type EmbedHeights } from './embed';
import { cautiousWidth, wrapText } from './wrap-text';
import { drawnStates } from './views';

/** Lines a paragraph takes in the embed's text column (12 px padding each side), by the export's cautious width estimate. */
const lines = (text: string, size: number, indent = 0) => wrapText(text, embedMaxWidth - 24 - indent, size, 400, cautiousWidth).length;

/**
 * An iframe height that shows this state's whole frame at the embed's full width without scrolling,
 * its parts as components/EmbedPanel lays them out. Text is measured by a cautious estimate, so it errs
 * long (a line in some paragraphs), never short: a little blank under the frame rather than a scrollbar in it.
 */
function embedHeight(chart: ChartId, state: ChartState): number {
  const meta = charts[chart];
  const notes = notesFor(meta.notes, state);
  const notesHeight = notes.length ? 16 + notes.reduce((sum, n) => sum + lines(n, 12, 20) * 16, 0) + 4 * (notes.length - 1) : 0;
  const source = `${sourceLine(meta, state)} · Chart link`;
  // The wide drawing fills the embed's text column, so it is drawn that much larger than its own 720 px.
  const drawing = meta.height(state, 'wide') * ((embedMaxWidth - 24) / chartWidth.wide);
  return Math.ceil(12 + 24 + 8 + lines(viewTakeaway(meta, state), 14) * 20 + 8 + drawing + notesHeight + 21 + lines(source, 12) * 16 + 12);
}

/** The height for every state a reader can pick (the tab and theme aside), for the Share menu. */
export function embedHeights(chart: ChartId): EmbedHeights {
  return Object.fromEntries(drawnStates(chart).map((s) => [embedHeightKey(chart, s as ChartState), embedHeight(chart, s as ChartState)]));
}
