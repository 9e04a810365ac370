'use client';

import { startTransition, useEffect, useRef, useState } from 'react';
import { FittedLayout } from './FittedLayout';
import { ServerChart } from '@/components/charts/ServerChart';
import { layouts } from '@/lib/chart-size';
import { cssVarPalette } from '@/lib/palette';
import type { ChartId, ChartState } from '@/lib/chart-state';
import { loadLiveCharts, liveCharts, type LiveChart } from '@/components/charts/live-charts';

/**
 * Both fixed-size drawings of a chart; CSS shows the one that fits the frame's width, so the
 * server HTML is final and nothing shifts when scripts arrive. The caption is the chart's
 * finding in words, for readers who cannot see the drawing.
 *
 * The first drawing is the server's SVG, adopted as it is. The charting code (Recharts) loads
 * only once the reader interacts with the page, then redraws the same SVG live, with tooltips and
 * every later change of state; until then the page costs no charting script at all.
 */
type Props = { chart: ChartId; state: ChartState; title: string; takeaway: string };

export function ChartCanvas({ chart, state, title, takeaway }: Props) {
  const [Live, setLive] = useState<LiveChart | null>(null);
  const [firstState] = useState(state);
  const figure = useRef<HTMLElement>(null);
  // The flow item that had focus when the static SVG was swapped for the live one.
  const refocus = useRef<{ layout: string; id: string } | null>(null);

  useEffect(() => {
    if (Live) return;
    let pending = false;
    const goLive = () => {
      if (pending) return;
      pending = true;
      loadLiveCharts().then(
        (component) => {
          const active = document.activeElement;
          const item = active instanceof Element && figure.current?.contains(active) ? active.closest<HTMLElement>('[data-id]') : null;
          const layout = item?.closest<HTMLElement>('[data-layout]')?.dataset.layout;
          refocus.current = item?.dataset.id && layout ? { layout, id: item.dataset.id } : null;
          startTransition(() => setLive(() => component));
        },
        // Offline or a failed chunk: the server's drawing stays and the next interaction retries.
        () => (pending = false),
      );
    };
    // Mounted without server HTML (a client-side navigation or a tab switch), or asked for a
    // state the server did not draw: only the live chart can draw it.
    const empty = !figure.current?.querySelector('.chart-layout')?.childElementCount;
    if (liveCharts() || empty || state !== firstState) goLive();
    const events = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'focusin'] as const;
    events.forEach((e) => window.addEventListener(e, goLive, { passive: true }));
    return () => events.forEach((e) => window.removeEventListener(e, goLive));
  }, [Live, state, firstState]);

  useEffect(() => {
    const target = refocus.current;
    if (!Live || !target) return;
    refocus.current = null;
    figure.current?.querySelector<HTMLElement>(`.chart-layout-${target.layout} [data-id="${CSS.escape(target.id)}"]`)?.focus();
  }, [Live]);

  return (
    <figure
      ref={figure}
      className="chart-slot"
      data-chart={chart}
      data-live={Live ? 'true' : undefined}
      // Redrawing for a new state: the server's drawing is stale until the live one commits.
      aria-busy={!Live && state !== firstState ? true : undefined}
      aria-label={title}
    >
      <figcaption className="sr-only">{takeaway}</figcaption>
      {layouts.map((layout) => {
        const className = `chart-layout chart-layout-${layout}`;
        const props = { chart, state, layout, palette: cssVarPalette };
        return Live ? (
          <FittedLayout key={`live-${layout}`} className={className} layout={layout}>
            <Live {...props} />
          </FittedLayout>
        ) : (
          <ServerChart key={layout} className={className} {...props} />
        );
      })}
    </figure>
  );
}
