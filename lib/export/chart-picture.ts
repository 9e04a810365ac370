import fs from 'node:fs';
import path from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { ChartId, ChartState } from '../chart-state';
import type { Layout } from '../chart-size';
import { drawingOf } from '../drawings';
import { literalColours } from '../palette';
import { siteOrigin } from '../site';
import { frameParts, exportTheme } from './frame-parts';
import { composeFrameSvg, drawingsFromHtml } from './frame-svg';
import { withDpi } from './png-dpi';
import { composePreviewSvg } from './preview-svg';

const fontDir = path.join(process.cwd(), 'public', 'fonts');
/** The same self-hosted subset the page uses, in TTF because resvg cannot read WOFF2. */
const fontFiles = ['inter-400.ttf', 'inter-700.ttf'].map((f) => path.join(fontDir, f));

export type PictureRequest = { chart: ChartId; state: ChartState; layout: Layout; preview: boolean };

/** The page's Inter, inlined: a downloaded SVG opened on its own loads nothing else. */
let fontCss: string | undefined;
function inlinedFontCss(): string {
  const rule = (weight: number) =>
    `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${fs.readFileSync(path.join(fontDir, `inter-${weight}.woff2`)).toString('base64')}) format("woff2")}`;
  return (fontCss ??= [400, 700].map(rule).join(''));
}

/**
 * A state's picture as one SVG: the build's drawing of it in the theme's literal colours, framed by
 * its title, takeaway, notes, source line and link (or, for a link preview, the 1200×630 card).
 */
export function pictureSvg({ chart, state, layout, preview }: PictureRequest, { withFonts = false } = {}) {
  const theme = exportTheme(state);
  const parts = frameParts(chart, state, siteOrigin, theme, drawingsFromHtml(literalColours(drawingOf(chart, state, layout), theme)));
  if (preview) return { svg: composePreviewSvg(parts), width: 1200, height: 630 };
  return composeFrameSvg({ ...parts, ...(withFonts && { fontCss: inlinedFontCss() }) });
}

/** Rasterised by resvg on libuv's thread pool, off the event loop; a download at `density` times its size, and 96 DPI times that. */
export async function picturePng(request: PictureRequest, density: number): Promise<Buffer> {
  const { svg } = pictureSvg(request);
  const image = await renderAsync(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    fitTo: request.preview ? { mode: 'original' } : { mode: 'zoom', value: density },
  });
  return withDpi(image.asPng(), request.preview ? 1 : density);
}
