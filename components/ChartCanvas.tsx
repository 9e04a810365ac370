'use client';

import { useEffect, useReducer, useRef, useState } from 'react';
import { ChartDrawing } from '@/components/ChartDrawing';
import { layouts } from '@/lib/chart-size';
import type { Control } from '@/lib/chart-controls';
import { takeawayId, type ChartState } from '@/lib/chart-state';
import { chartPath, drawingKey, drawingUrl } from '@/lib/chart-url';
import { settleState } from '@/lib/settle-state';
import { useChartView } from './ChartStateProvider';
import { keepDrawing, loadDrawing, readyDrawing, type Drawing } from './drawing-cache';
import { useFlowItemKeys } from './flow-item-keys';
import { MarkTooltip } from './MarkTooltip';

type Props = {
  title: string;
  /** The build's version, which names its drawings' files. */
  version: string;
  /** The chart's controls: the states one press away are fetched ahead, so a press redraws at once. */
  controls: Control[];
  /** Whether the figure is a Tab stop whose arrow keys step through its marks (lib/charts `keyboard`): where they take no focus themselves. */
  stepsThroughMarks: boolean;
};

/**
 * Both fixed-size drawings of a chart; CSS shows the one that fits the frame's width, so the server
 * HTML already has its final layout. The drawings are the server's: this page's state came in the
 * HTML, and any other is a small file drawn at build, fetched ahead of the press that needs it.
 */
export function ChartCanvas({ title, version, controls, stepsThroughMarks }: Props) {
  const { chart, state } = useChartView();
  const figure = useRef<HTMLElement>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const key = drawingKey(chart, state);
  const url = drawingUrl(version, chart, key);
  const [firstKey] = useState(key);
  // Until the state first changes, the drawing is the server's own HTML, left as it is. At that change it
  // is kept, read from the DOM that still shows it, so a return to it needs no request; read then, not at
  // hydration, where serialising six drawings on the dashboard would lengthen the page's longest task.
  const moved = useRef(false);
  if (key !== firstKey && !moved.current) {
    moved.current = true;
    const html = (layout: string) => figure.current?.querySelector(`.chart-layout-${layout}`)?.innerHTML ?? '';
    keepDrawing(drawingUrl(version, chart, firstKey), Object.fromEntries(layouts.map((l) => [l, html(l)])) as Drawing);
  }
  const last = useRef<Drawing | undefined>(undefined);
  const drawing = moved.current ? (readyDrawing(url) ?? last.current) : undefined;
  if (drawing) last.current = drawing;
  const waiting = moved.current && !readyDrawing(url);
  useFlowItemKeys(figure);

  useEffect(() => {
    if (!waiting) return;
    let current = true;
    loadDrawing(url).then(
      () => current && redraw(),
      // No drawing to show: the press follows its link, as without scripts, rather than leave the old
      // drawing under the new state's controls; the server draws that view.
      () => current && location.assign(chartPath(chart, state)),
    );
    return () => {
      current = false;
    };
  }, [waiting, url, chart, state]);

  // The states one press of a control away, fetched once the page is idle after hydrating (within a
  // second and a half at most), so a first press finds its drawing here without slowing the load.
  useEffect(() => {
    const prefetch = () => {
      for (const control of controls)
        for (const option of control.options) {
          const next = drawingKey(chart, settleState(controls, { ...state, [control.key]: option.value } as ChartState));
          // The state shown is in the page already.
          if (next !== drawingKey(chart, state)) loadDrawing(drawingUrl(version, chart, next)).catch(() => undefined);
        }
    };
    if (!('requestIdleCallback' in window)) {
      const timer = setTimeout(prefetch, 200);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(prefetch, { timeout: 1500 });
    return () => cancelIdleCallback(handle);
  }, [chart, version, controls, state]);

  return (
    <figure
      ref={figure}
      className="chart-slot relative"
      data-chart={chart}
      // Shown dimmed while another state's drawing is on its way.
      aria-busy={waiting || undefined}
      aria-label={title}
      // The finding in words is the frame's visible takeaway: described by it, not told it twice.
      aria-describedby={stepsThroughMarks ? `${takeawayId(chart)} ${chart}-marks-keys` : takeawayId(chart)}
      tabIndex={stepsThroughMarks ? 0 : undefined}
    >
      {layouts.map((layout) => (
        <ChartDrawing key={layout} chart={chart} state={state} layout={layout} markup={drawing?.[layout]} />
      ))}
      {stepsThroughMarks && (
        <span id={`${chart}-marks-keys`} hidden>
          The arrow keys step through its figures.
        </span>
      )}
      <MarkTooltip figure={figure} stepsThroughMarks={stepsThroughMarks} />
    </figure>
  );
}
