import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { drawChart } from '@/components/charts/registry';
import { metrics } from '@/data';
import { layouts, type DrawingLayout, type Layout } from '@/lib/chart-size';
import { chartIds, type ChartId, type ChartState } from '@/lib/chart-state';
import { drawingKey } from '@/lib/chart-url';
import { drawingOf, pictureDrawingOf } from '@/lib/drawings';
import { picturePng, pictureSvg } from '@/lib/export/chart-picture';
import { drawingsFromHtml } from '@/lib/export/frame-svg';
import { literalColours, themes } from '@/lib/palette';
import { textWidth } from '@/lib/text-width';
import { drawnStates } from '@/lib/views';
import { overlapArea, svgTextBoxes } from './svg-text-boxes';

/**
 * Every view of every chart, in both layouts and both themes (and the wide pictures' slide drawings),
 * as OWID's grapher checks every view on each change: the state space is
 * small enough to check all of it.
 */
type View = { chart: ChartId; state: ChartState; layout: DrawingLayout; picture: Layout; name: string; html: string; published: () => string };
const views: View[] = chartIds.flatMap((chart) =>
  drawnStates(chart).flatMap((s) => {
    const state = s as ChartState;
    const name = (layout: DrawingLayout) => `${chart} ${drawingKey(chart, state as never)} ${layout}`;
    return [
      ...layouts.map((layout) => ({ chart, state, layout, picture: layout, name: name(layout), html: drawChart(chart, state as never, layout), published: () => drawingOf(chart, state, layout) })),
      { chart, state, layout: 'slide' as const, picture: 'wide' as const, name: name('slide'), html: drawChart(chart, state as never, 'slide'), published: () => pictureDrawingOf(chart, state, 'wide') },
    ];
  }),
);

const unescapeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

/**
 * How many figures a view shows, counted from the data files themselves, not through the series the
 * charts draw from: a row those drop is then missing from the drawing and this test says so.
 */
function figuresShown(chart: ChartId, state: ChartState): number {
  const s = state as Record<string, string>;
  const others = (...topics: string[]) => metrics.context.filter((c) => topics.includes(c.topic)).length;
  if (chart === 'trade') return metrics.figures.filter((f) => f.id.startsWith('trade-')).length + (s.context === 'on' ? others('trade') : 0);
  if (chart === 'casualties') {
    const people = metrics.figures.filter((f) => f.unit === 'soldiers' || f.unit === 'workers').length;
    return people + (s.estimates === 'on' ? others('deployment', 'casualties') : 0);
  }
  return metrics.flows.filter((f) => s.direction === 'both' || f.direction === s.direction).length;
}

describe.each(views)('$name', ({ chart, state, picture, html, published }) => {
  it('is the drawing the build published', () => {
    expect(published()).toBe(html);
  });

  it.each(themes)('%s: no attribute is NaN or Infinity', (theme) => {
    expect(literalColours(html, theme).match(/="[^"]*(NaN|Infinity)[^"]*"/g) ?? []).toEqual([]);
  });

  it('draws one mark per figure shown', () => {
    expect(html.match(/class="[^"]*\bdata-mark\b/g)?.length ?? 0).toBe(figuresShown(chart, state));
  });

  it('names each element it gives an id only once, as a page holds several drawings', () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
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

  it('keeps its picture’s words inside the picture, measured in the font it is drawn with', () => {
    const { svg, width } = pictureSvg({ chart, state, layout: picture, preview: false });
    const lines = [...svg.matchAll(/<text class="frame-[a-z]+" x="([\d.]+)"[^>]*font-size="(\d+)" font-weight="(\d+)"[^>]*>([^<]*)<\/text>/g)];
    expect(lines.length).toBeGreaterThan(3);
    for (const [, x, size, weight, text] of lines) expect(Number(x) + textWidth(unescapeXml(text), Number(size), Number(weight)), text).toBeLessThanOrEqual(width - 24);
  });

  it.each(themes)('%s: its picture decodes at the frame’s size, and its link preview at 1200×630', async (theme) => {
    const request = { chart, state: { ...state, theme } as ChartState, layout: picture, preview: false };
    const { width, height } = pictureSvg(request);
    const png = PNG.sync.read(await picturePng(request, 1));
    expect([png.width, png.height]).toEqual([width, height]);
    const preview = PNG.sync.read(await picturePng({ ...request, preview: true }, 1));
    expect([preview.width, preview.height]).toEqual([1200, 630]);
  });
});
