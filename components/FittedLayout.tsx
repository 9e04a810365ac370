'use client';

import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * Holds a live chart drawing at its own size and scales it to the slot with a transform.
 * Recharts maps the pointer into chart coordinates by measuring a transform, not a stretched
 * box, so without this its tooltips would track the wrong mark on any scaled chart.
 */
export function FittedLayout({ className, layout, children }: { className: string; layout: string; children: ReactNode }) {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = slot.current;
    if (!el) return;
    const fit = () => {
      const drawing = el.querySelector<HTMLElement>('.recharts-wrapper');
      const width = parseFloat(drawing?.style.width ?? '');
      const height = parseFloat(drawing?.style.height ?? '');
      // A hidden layout measures 0 wide; it is fitted when the container shows it.
      if (!width || !height || !el.clientWidth) return;
      el.style.setProperty('--fit', String(el.clientWidth / width));
      el.style.setProperty('--drawing-width', `${width}px`);
      el.style.setProperty('--drawing-height', `${height}px`);
      el.dataset.fitted = 'true';
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={slot} className={className} data-layout={layout}>
      {children}
    </div>
  );
}
