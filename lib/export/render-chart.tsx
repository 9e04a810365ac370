import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartById } from '@/components/charts/ChartById';
import type { ChartId, ChartState } from '../chart-state';
import type { Layout } from '../chart-size';
import { palettes } from '../palette';
import { frameParts, exportTheme } from './frame-parts';
import { composeFrameSvg, drawingsFromHtml } from './frame-svg';
import { composePreviewSvg } from './preview-svg';

/** The same self-hosted subset the page uses, in TTF because resvg cannot read WOFF2. */
const fontFiles = ['inter-400.ttf', 'inter-700.ttf'].map((f) => path.join(process.cwd(), 'public', 'fonts', f));

export type ImageRequest = { chart: ChartId; state: ChartState; density: number; layout: Layout; preview: boolean; origin: string };

function chartFrameParts({ chart, state, layout, origin }: Omit<ImageRequest, 'density' | 'preview'>) {
  const theme = exportTheme(state);
  const html = renderToStaticMarkup(<ChartById chart={chart} state={state} layout={layout} palette={palettes[theme]} />);
  return frameParts(chart, state, origin, theme, drawingsFromHtml(html));
}

/** Link previews are 1200×630 (Open Graph); downloads are the frame's own size times the density. */
export function renderChartPng(request: ImageRequest): Buffer {
  const parts = chartFrameParts(request);
  const svg = request.preview ? composePreviewSvg(parts) : composeFrameSvg(parts).svg;
  const resvg = new Resvg(svg, {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
    fitTo: request.preview ? { mode: 'original' } : { mode: 'zoom', value: request.density },
  });
  return resvg.render().asPng();
}
