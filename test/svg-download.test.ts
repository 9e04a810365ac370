import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { layouts } from '@/lib/chart-size';
import { chartIds, defaultState, type ChartState } from '@/lib/chart-state';
import { picturePng, storedOutlines } from '@/lib/export/chart-picture';
import { themes } from '@/lib/palette';

/** Mean absolute difference per channel (0–255) of two images of the same size. */
function meanDiff(a: PNG, b: PNG) {
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i] - b.data[i]);
  return sum / a.data.length;
}

const cases = chartIds.flatMap((chart) => layouts.flatMap((layout) => themes.map((theme) => ({ chart, layout, theme }))));

describe('the SVG download outside a browser', () => {
  it.each(cases)('$chart $layout $theme: rasterised by resvg with no fonts at all, it is the PNG', async ({ chart, layout, theme }) => {
    const request = { chart, state: { ...defaultState(chart), theme } as ChartState, layout, preview: false };
    const svg = storedOutlines(request).toString();
    expect(svg).not.toContain('<text');
    const fromSvg = PNG.sync.read(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
    const png = PNG.sync.read(await picturePng(request, 1));
    expect([fromSvg.width, fromSvg.height]).toEqual([png.width, png.height]);
    expect(meanDiff(fromSvg, png)).toBeLessThan(2);
  });
});
