import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawChart } from '@/components/charts/registry';
import { metrics } from '@/data';
import { layouts } from '@/lib/chart-size';
import { chartIds, drawingKey, type ChartId, type ChartState } from '@/lib/chart-state';
import { estimatePoints, deploymentHeadline } from '@/lib/deployment-series';
import { shownDirections } from '@/lib/drawing-height';
import { drawingOf } from '@/lib/drawings';
import { picturePng, pictureSvg } from '@/lib/export/chart-picture';
import { drawingsFromHtml } from '@/lib/export/frame-svg';
import { literalColours, themes } from '@/lib/palette';
import { tradeRows } from '@/lib/trade-series';
import { drawnStates } from '@/lib/views';
import { overlapArea, svgTextBoxes } from './svg-text-boxes';

/**
 * Every view of every chart, in both layouts and both themes, as OWID's grapher checks every view
 * on each change: the state space is small enough to check all of it.
 */
const views = chartIds.flatMap((chart) => drawnStates(chart).flatMap((state) => layouts.map((layout) => ({ chart, state: state as ChartState, layout, name: `${chart} ${drawingKey(chart, state as never)} ${layout}` }))));

/** How many figures a view shows, counted from the data, not from the drawing. */
function figuresShown(chart: ChartId, state: ChartState): number {
  const s = state as Record<string, string>;
  if (chart === 'trade') return tradeRows(s.context === 'on').filter((r) => r.point).length;
  if (chart === 'casualties') return deploymentHeadline().length + (s.estimates === 'on' ? estimatePoints().length : 0);
  return metrics.flows.filter((f) => shownDirections(s.direction as never).includes(f.direction)).length;
}

describe.each(views)('$name', ({ chart, state, layout }) => {
  const html = drawChart(chart, state as never, layout);

  it('is the drawing the build published', () => {
    expect(drawingOf(chart, state, layout)).toBe(html);
  });

  it.each(themes)('%s: no attribute is NaN or Infinity', (theme) => {
    expect(literalColours(html, theme).match(/="[^"]*(NaN|Infinity)[^"]*"/g) ?? []).toEqual([]);
  });

  it('draws one mark per figure shown', () => {
    expect(html.match(/class="[^"]*\bdata-mark\b/g)?.length ?? 0).toBe(figuresShown(chart, state));
  });

  it('keeps every label inside its drawing and off every other label', () => {
    for (const drawing of drawingsFromHtml(html)) {
      const { width, height, boxes } = svgTextBoxes(drawing.markup);
      for (const b of boxes) {
        expect(b.x0, `"${b.text}" left`).toBeGreaterThanOrEqual(-0.5);
        expect(b.x1, `"${b.text}" right`).toBeLessThanOrEqual(width + 0.5);
        expect(b.y0, `"${b.text}" top`).toBeGreaterThanOrEqual(-0.5);
        expect(b.y1, `"${b.text}" bottom`).toBeLessThanOrEqual(height + 0.5);
      }
      const clashes = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlapArea(a, b) > 1).map((b) => `"${a.text}" × "${b.text}"`));
      expect(clashes).toEqual([]);
    }
  });

  it.each(themes)('%s: its picture decodes at the frame’s size, and its link preview at 1200×630', async (theme) => {
    const request = { chart, state: { ...state, theme } as ChartState, layout, preview: false };
    const { width, height } = pictureSvg(request);
    const png = PNG.sync.read(await picturePng(request, 1));
    expect([png.width, png.height]).toEqual([width, height]);
    const preview = PNG.sync.read(await picturePng({ ...request, preview: true }, 1));
    expect([preview.width, preview.height]).toEqual([1200, 630]);
  });
});
