'use client';

import { drawingOf } from '@/lib/drawings';
import type { ChartDrawingProps } from './chart-drawing-props';

/**
 * One layout of a chart as the server drew it at build. A client component only so that its
 * markup is rendered into the HTML and never into the page's RSC payload: in browser bundles
 * next.config.ts swaps this module for ChartDrawing.browser.tsx, which adopts that HTML as it is.
 */
export function ChartDrawing({ chart, state, layout, markup }: ChartDrawingProps) {
  return <div className={`chart-layout chart-layout-${layout}`} data-layout={layout} dangerouslySetInnerHTML={{ __html: markup ?? drawingOf(chart, state, layout) }} />;
}
