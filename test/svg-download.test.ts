import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { layouts } from '@/lib/chart-size';
import { chartIds, type ChartState } from '@/lib/chart-state';
import { drawingKey } from '@/lib/chart-url';
import { picturePng, storedOutlines } from '@/lib/export/chart-picture';
import { themes } from '@/lib/palette';
import { drawnStates } from '@/lib/views';

/** Pixels of two images of one size that differ clearly (by more than half the range in a channel): a word, line or mark one has and the other lacks; two antialiasings of one edge differ by less (up to about 100). */
function clearlyDifferent(a: PNG, b: PNG) {
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4)
    if (Math.max(...[0, 1, 2].map((c) => Math.abs(a.data[i + c] - b.data[i + c]))) > 128) count++;
  return count;
}

const cases = chartIds.flatMap((chart) =>
  drawnStates(chart).flatMap((state) => layouts.flatMap((layout) => themes.map((theme) => ({ chart, state: { ...state, theme } as ChartState, layout, name: `${chart} ${drawingKey(chart, state as never)} ${layout} ${theme}` })))),
);

describe('the SVG download outside a browser', () => {
  it.each(cases)('$name: rasterised by resvg with no fonts at all, it is the PNG', async ({ chart, state, layout }) => {
    const request = { chart, state, layout, preview: false };
    const svg = storedOutlines(request).toString();
    expect(svg).not.toContain('<text');
    const fromSvg = PNG.sync.read(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
    const png = PNG.sync.read(await picturePng(request, 1));
    expect([fromSvg.width, fromSvg.height]).toEqual([png.width, png.height]);
    // Outlines and text antialias a little differently at their edges; a missing letter would be dozens of pixels.
    expect(clearlyDifferent(fromSvg, png)).toBeLessThan(20);
  });
});
