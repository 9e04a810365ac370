import fs from 'node:fs';
import path from 'node:path';
import type { DrawingLayout, Layout } from './chart-size';
import { type ChartId, type ChartState } from './chart-state';
import { drawingKey } from './chart-url';

/** What scripts/draw-charts.tsx wrote: each chart's drawing per drawing key and layout (the slide a wide picture's), and the build's version. */
export type StoredDrawings = {
  version: string;
  charts: Record<ChartId, Record<string, Record<DrawingLayout, string>>>;
};

export const drawingsFile = path.join(process.cwd(), '.generated', 'drawings.json');

let stored: StoredDrawings | undefined;

/** Read once; in development on every call, so a fresh `npm run draw` shows without a restart. */
function storedDrawings(): StoredDrawings {
  if (stored) return stored;
  if (!fs.existsSync(drawingsFile)) throw new Error(`No chart drawings at ${drawingsFile}: \`npm run build\` (or \`npm run draw\`) makes them before \`next build\`.`);
  const read = JSON.parse(fs.readFileSync(drawingsFile, 'utf8')) as StoredDrawings;
  if (process.env.NODE_ENV !== 'development') stored = read;
  return read;
}

/** A state's drawing in one layout, painted with CSS variables. */
export function drawingOf<C extends ChartId>(chart: C, state: ChartState<C>, layout: DrawingLayout): string {
  const drawing = storedDrawings().charts[chart][drawingKey(chart, state)];
  if (!drawing) throw new Error(`No drawing of ${chart} for ${drawingKey(chart, state)}: the drawings are older than the code (run \`npm run draw\`).`);
  return drawing[layout];
}

/** The drawing a state's picture shows: a wide picture is for a slide, a tall one the phone's. */
export const pictureDrawingOf = <C extends ChartId>(chart: C, state: ChartState<C>, layout: Layout): string => drawingOf(chart, state, layout === 'wide' ? 'slide' : layout);

/** Names this build's drawings and images in their URLs, so caches may keep each for good. */
export const buildVersion = () => storedDrawings().version;
