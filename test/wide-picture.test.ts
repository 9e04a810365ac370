import { describe, expect, it } from 'vitest';
import { chartIds, type ChartState } from '@/lib/chart-state';
import { drawingKey } from '@/lib/chart-url';
import { pictureSvg } from '@/lib/export/chart-picture';
import { drawnStates } from '@/lib/views';

/** How much of a 16:9 slide a picture fills when fitted to it: 1 for a picture of the slide's own shape. */
const slideShare = (width: number, height: number) => Math.min(width / height / (16 / 9), (16 / 9) * (height / width));

describe('the wide picture', () => {
  const states = chartIds.flatMap((chart) => drawnStates(chart).map((state) => ({ chart, state: state as ChartState, name: `${chart} ${drawingKey(chart, state as never)}` })));
  it.each(states)('of $name fills most of a 16:9 slide', ({ chart, state }) => {
    const { width, height } = pictureSvg({ chart, state, layout: 'wide', preview: false });
    expect(slideShare(width, height), `${width}×${height}`).toBeGreaterThanOrEqual(0.8);
  });
});
