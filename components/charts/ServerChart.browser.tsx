import type { ChartByIdProps } from './ChartById';
import { moveFocusAmongFlowItems } from './flow-item-keys';

/**
 * Browser stand-in for ServerChart: the same wrapper with no content of its own, so hydration
 * adopts the server's SVG as it is (React leaves an element's inner HTML alone when hydrating).
 * Until the live drawing replaces it, it answers the flow diagram's arrow keys itself.
 */
export function ServerChart({ className, layout }: ChartByIdProps & { className: string }) {
  return (
    <div
      className={className}
      data-layout={layout}
      dangerouslySetInnerHTML={{ __html: '' }}
      suppressHydrationWarning
      onKeyDown={(e) => {
        if (moveFocusAmongFlowItems(e, e.target as Element)) e.preventDefault();
      }}
    />
  );
}
