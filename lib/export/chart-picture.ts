import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { Piscina } from 'piscina';
import { type ChartId, type ChartState } from '../chart-state';
import { drawingKey } from '../chart-url';
import { previewSize, type Layout } from '../chart-size';
import { pictureDrawingOf } from '../drawings';
import { interTtf } from '../text-width';
import { escapeXml } from '../escape-xml';
import { exportTheme, literalColours } from '../palette';
import { frameParts } from './frame-parts';
import { composeFrameSvg, drawingsFromHtml } from './frame-svg';
import { withDpi } from './png-dpi';
import { composePreviewSvg } from './preview-svg';

/** The same self-hosted subset the page uses, in TTF because resvg cannot read WOFF2. */
const fontFiles = ([400, 700] as const).map(interTtf);
const font = { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' };

type PictureRequest = { chart: ChartId; state: ChartState; layout: Layout; preview: boolean };

/**
 * A state's picture as one SVG: the build's drawing of it in the theme's literal colours, framed by
 * its title, takeaway, notes, source line and link (or, for a link preview, the 1200×630 card).
 */
export function pictureSvg({ chart, state, layout, preview }: PictureRequest) {
  const theme = exportTheme(state);
  const parts = frameParts(chart, state, theme, drawingsFromHtml(literalColours(pictureDrawingOf(chart, state, layout), theme)));
  if (preview) return { svg: composePreviewSvg(parts), ...previewSize };
  return composeFrameSvg(parts, { sideBySide: layout === 'wide' });
}

/**
 * The picture as a standalone SVG file whose words are outlines in Inter, so it looks the same in any
 * program, resvg and slide software included, whatever fonts it has: resvg lays the text out as it
 * does for the PNG and writes it back as paths (their path data rounded to a tenth of a pixel, which no one can see).
 * A title and description say in words what the outlines show.
 */
export function pictureOutlines(request: PictureRequest): string {
  const outlined = new Resvg(pictureSvg(request).svg, { font }).toString();
  const { title, takeaway } = frameParts(request.chart, request.state, exportTheme(request.state), []);
  const words = `<title>${escapeXml(title)}</title><desc>${escapeXml(takeaway)}</desc>`;
  const rounded = outlined.replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`);
  return rounded.replace(/\n\s*/g, '').replace(/(<svg[^>]*>)/, `$1${words}`);
}

/** Where the build keeps a state's outlined SVG in one layout and theme (scripts/draw-charts.tsx makes every one). */
export const outlinesFile = (chart: ChartId, state: ChartState, layout: Layout) =>
  path.join(process.cwd(), '.generated', 'svg', chart, `${drawingKey(chart, state as never)}.${layout}.${exportTheme(state)}.svg`);

/** A state's outlined SVG as the build made it. */
export const storedOutlines = (request: PictureRequest) => fs.readFileSync(outlinesFile(request.chart, request.state, request.layout));

/**
 * Threads that rasterise: every core but one, kept for the server's event loop, and at most four, as each holds
 * up to a few hundred MB at density 4 and Node counts the host's cores, not a container's share of them.
 */
export const rasterThreads = Math.min(4, Math.max(1, availableParallelism() - 1));
// Started at the first picture, not at import.
let rasteriser: Piscina | undefined;
const workers = () => (rasteriser ??= new Piscina({ filename: path.join(process.cwd(), 'lib', 'export', 'png-worker.cjs'), minThreads: 0, maxThreads: rasterThreads, idleTimeout: 60_000 }));

/** Rasterised by resvg in a worker thread, off the event loop; a download at `density` times its size, and 96 DPI times that. */
export async function picturePng(request: PictureRequest, density: number): Promise<Buffer> {
  const { svg } = pictureSvg(request);
  const options = { font, fitTo: request.preview ? { mode: 'original' } : { mode: 'zoom', value: density } };
  const png: Uint8Array = await workers().run({ svg, options });
  return withDpi(Buffer.from(png.buffer, png.byteOffset, png.byteLength), request.preview ? 1 : density);
}
