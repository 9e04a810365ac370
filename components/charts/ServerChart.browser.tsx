import type { ChartByIdProps } from './ChartById';

/**
 * Browser stand-in for ServerChart: the same wrapper with no content of its own, so hydration
 * adopts the server's SVG as it is (React leaves an element's inner HTML alone when hydrating).
 */
export function ServerChart({ className, layout }: ChartByIdProps & { className: string }) {
  return <div className={className} data-layout={layout} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
}
