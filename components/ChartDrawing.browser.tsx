import type { ChartDrawingProps } from './chart-drawing-props';

/**
 * Browser stand-in for ChartDrawing: with no markup of its own it keeps the server's drawing (React
 * leaves an element's inner HTML alone when hydrating); given the markup of another state, it shows that.
 */
export function ChartDrawing({ layout, markup }: ChartDrawingProps) {
  return <div className={`chart-layout chart-layout-${layout}`} data-layout={layout} dangerouslySetInnerHTML={{ __html: markup ?? '' }} suppressHydrationWarning />;
}
