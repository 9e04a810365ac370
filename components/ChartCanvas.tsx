'use client';

import { startTransition, useEffect, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
import { FittedLayout } from './FittedLayout';
import { ServerChart } from '@/components/charts/ServerChart';
import { layouts } from '@/lib/chart-size';
import { cssVarPalette } from '@/lib/palette';
import { takeawayId, type ChartId, type ChartState } from '@/lib/chart-state';
import { wokenAttribute } from '@/lib/boot-events';
import { loadLiveCharts, liveCharts, liveChartsRequested, type LiveChart } from '@/components/charts/live-charts';

type Props = { chart: ChartId; state: ChartState; title: string };
type FlowItem = { layout: string; id: string };

const interactions = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'focusin'] as const;
/** After a failed fetch of the charting code (offline), wait this long before an interaction retries. */
const RETRY_MS = 5000;
/** A tap older than this when the live chart arrives is not replayed: the reader has moved on. */
const REPLAY_MS = 3000;

/**
 * Both fixed-size drawings of a chart; CSS shows the one that fits the frame's width, so the
 * server HTML already has its final layout and nothing shifts when scripts arrive. The frame's
 * takeaway, the chart's finding in words, describes the figure for readers who cannot see the drawing.
 *
 * The first drawing is the server's SVG, adopted as it is. The charting code (Recharts) loads
 * only once the reader interacts with the page, then redraws the same SVG live, with tooltips and
 * every later change of state; until then the page costs no charting script at all.
 */
export function ChartCanvas({ chart, state, title }: Props) {
  // Null while hydrating (the code loads only afterwards); a chart mounted later, as on a return
  // to the chart tab, starts live at once if the code has already arrived.
  const [Live, setLive] = useState<LiveChart | null>(liveCharts);
  const [firstState] = useState(state);
  // Mounted without the server's drawing (a client-side navigation, a tab switch): nothing to show until live.
  const [empty, setEmpty] = useState(false);
  const figure = useRef<HTMLElement>(null);
  const focusedItem = useRef<FlowItem | null>(null);
  const pendingTap = useRef<{ x: number; y: number; at: number; scrollX: number; scrollY: number } | null>(null);
  const rememberFocus = (target: Element) => {
    const item = target.closest<HTMLElement>('[data-id]');
    const layout = item?.closest<HTMLElement>('[data-layout]')?.dataset.layout;
    focusedItem.current = item?.dataset.id && layout ? { layout, id: item.dataset.id } : null;
  };

  useLayoutEffect(() => {
    if (!liveCharts() && !figure.current?.querySelector('.chart-layout')?.childElementCount) setEmpty(true);
  }, []);

  useEffect(() => {
    if (Live) return;
    let pending = false;
    let retryAfter = 0;
    const goLive = (e?: Event) => {
      // A tap on the server's drawing has nothing to show it a tooltip: remember it for the live one.
      if (e instanceof PointerEvent && e.type === 'pointerdown' && figure.current?.contains(e.target as Node))
        pendingTap.current = { x: e.clientX, y: e.clientY, at: Date.now(), scrollX: window.scrollX, scrollY: window.scrollY };
      if (pending || Date.now() < retryAfter) return;
      pending = true;
      loadLiveCharts().then(
        (component) => startTransition(() => setLive(() => component)),
        () => {
          pending = false;
          retryAfter = Date.now() + RETRY_MS;
        },
      );
    };
    // Focus that arrived before hydration (a quick keyboard reader) counts as an interaction; its
    // item gets focus back in the live drawing, with its explanation.
    const active = document.activeElement;
    const focusedEarly = !!active && active !== document.body && !!figure.current?.contains(active);
    if (focusedEarly) rememberFocus(active);
    // A state the server did not draw, or no drawing at all: only the live chart can draw it. A chart
    // that hydrates after the reader's first interaction joins the load that interaction started,
    // as it does when that interaction is what woke the framework (lib/deferred-boot).
    const woken = document.documentElement.hasAttribute(wokenAttribute);
    if (empty || state !== firstState || liveChartsRequested() || focusedEarly || woken) goLive();
    // A touch that turns into a scroll is cancelled: it was a swipe, not a tap on a mark.
    const forgetTap = () => (pendingTap.current = null);
    interactions.forEach((e) => window.addEventListener(e, goLive, { passive: true }));
    window.addEventListener('pointercancel', forgetTap);
    return () => {
      interactions.forEach((e) => window.removeEventListener(e, goLive));
      window.removeEventListener('pointercancel', forgetTap);
    };
  }, [Live, empty, state, firstState]);

  // Swapping drawings replaces a focused flow item; give focus back to its live twin.
  useLayoutEffect(() => {
    const item = focusedItem.current;
    if (!Live || !item || document.activeElement !== document.body) return;
    figure.current?.querySelector<HTMLElement>(`.chart-layout-${item.layout} [data-id="${CSS.escape(item.id)}"]`)?.focus();
  }, [Live]);

  // The tap that woke the charts reached only the server's drawing: play it to the live drawing, so a
  // phone reader's first tap on a mark shows its tooltip, as a mouse's first hover does.
  useLayoutEffect(() => {
    const tap = pendingTap.current;
    pendingTap.current = null;
    // Only while the page has not moved: the point would now be over something else.
    if (!Live || !tap || Date.now() - tap.at > REPLAY_MS || window.scrollX !== tap.scrollX || window.scrollY !== tap.scrollY) return;
    const target = document.elementFromPoint(tap.x, tap.y);
    if (!target || !figure.current?.contains(target)) return;
    for (const type of ['mouseover', 'mousemove']) target.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: tap.x, clientY: tap.y, view: window }));
  }, [Live]);

  // Chrome sends no mouseout from a hovered node that was removed, as the server's drawing is when the
  // live one replaces it. React ignores a mouseover that comes from one of its own nodes, leaving
  // enter and leave to that node's mouseout: a phone reader's next tap would reach a mark without
  // showing its tooltip. Such a mouseover is told to React again as one arriving from outside the
  // page (no related node), which React handles itself, as it does any mouseover with none.
  useEffect(() => {
    const root = figure.current;
    if (!Live || !root) return;
    let lastOutTo: EventTarget | null = null;
    const onOut = (e: MouseEvent) => (lastOutTo = e.relatedTarget);
    const onOver = (e: MouseEvent) => {
      if (!e.isTrusted || !e.relatedTarget || lastOutTo === e.target) return;
      e.target?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, clientX: e.clientX, clientY: e.clientY, view: window }));
    };
    document.addEventListener('mouseout', onOut, true);
    root.addEventListener('mouseover', onOver, true);
    return () => {
      document.removeEventListener('mouseout', onOut, true);
      root.removeEventListener('mouseover', onOver, true);
    };
  }, [Live]);

  const trackFocus = (e: FocusEvent<HTMLElement>) => rememberFocus(e.target);

  return (
    <figure
      ref={figure}
      className="chart-slot"
      data-chart={chart}
      data-live={Live ? 'true' : undefined}
      // The server's drawing is stale (or missing) until the live one commits.
      aria-busy={!Live && (empty || state !== firstState) ? true : undefined}
      aria-label={title}
      // The finding in words is the frame's visible takeaway: described by it, not told it twice.
      aria-describedby={takeawayId(chart)}
      onFocus={trackFocus}
      // Focus moving to another element forgets the item; focus lost with its element (the swap) keeps it.
      onBlur={(e) => {
        if (e.relatedTarget) focusedItem.current = null;
      }}
    >
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
