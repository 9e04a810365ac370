import { ChartById, type ChartByIdProps } from './ChartById';

/**
 * The server's rendering of a chart. In browser bundles next.config.ts swaps this module for
 * ServerChart.browser.tsx, so the page's first drawing costs the browser no charting code.
 */
export function ServerChart({ className, ...props }: ChartByIdProps & { className: string }) {
  return (
    <div className={className} data-layout={props.layout}>
      <ChartById {...props} />
    </div>
  );
}
