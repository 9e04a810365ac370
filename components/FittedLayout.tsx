'use client';

import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { chartWidth, type Layout } from '@/lib/chart-size';

/**
 * Holds a live Recharts drawing at its own width and shrinks it to a narrower slot with a transform, never
 * enlarging it (as the server's SVG, capped at its own width, is not). Recharts maps the pointer
 * into chart coordinates by measuring a transform, not a stretched box, so its tooltips track the
 * right mark only when the drawing is scaled this way.
 */
export function FittedLayout({ className, layout, children }: { className: string; layout: Layout; children: ReactNode }) {
  const slot = useRef<HTMLDivElement>(null);
  const drawing = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const outer = slot.current;
    const inner = drawing.current;
    if (!outer || !inner) return;
    // Only Recharts needs this; other drawings shrink with CSS as on the server, their text reflowing.
    if (!inner.querySelector('.recharts-wrapper')) {
      inner.style.width = '';
      return;
    }
    const fit = () => {
      // A hidden layout measures 0 wide; it is fitted when the container shows it.
      if (!outer.clientWidth) return;
      const scale = Math.min(1, outer.clientWidth / inner.offsetWidth);
      inner.style.transform = scale < 1 ? `scale(${scale})` : '';
      outer.style.height = scale < 1 ? `${inner.offsetHeight * scale}px` : '';
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(outer);
    observer.observe(inner);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={slot} className={className} data-layout={layout}>
      <div ref={drawing} style={{ width: chartWidth[layout], transformOrigin: '0 0' }}>
        {children}
      </div>
    </div>
  );
}
