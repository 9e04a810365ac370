import { describe, expect, it } from 'vitest';
import { directions } from '@/data/vocabulary';
import { layoutFlows } from '@/lib/flow-layout';
import { textWidth } from '@/lib/text-width';
import { fontSize, type DrawingLayout } from '@/lib/chart-size';

const shownSets = [[...directions], ...directions.map((d) => [d])];
const layouts: DrawingLayout[] = ['wide', 'narrow', 'slide'];
const cases = layouts.flatMap((layout) => shownSets.map((shown) => ({ layout, shown, name: `${layout} ${shown.join('+')}` })));

/** An arrowhead's tip is its path's first point, its base the other two: it points from the base's middle to the tip. */
function pointing(d: string): 'down' | 'up' | 'left' | 'right' {
  const [[tx, ty], [ax, ay], [bx, by]] = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const [dx, dy] = [tx - (ax + bx) / 2, ty - (ay + by) / 2];
  return Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'down' : 'up';
}

describe.each(cases)('flows $name', ({ layout, shown }) => {
  const placed = layoutFlows(layout, shown);
  const groups = placed.sections.flatMap((s) => s.groups);

  it('keeps every item’s words inside its row', () => {
    for (const g of groups)
      for (const item of g.items) {
        const words = item.figures.length ? `${item.label} · ${item.figures.join(', ')}` : item.label;
        expect(item.x + 12 + textWidth(words, fontSize.label), words).toBeLessThanOrEqual(item.x - 4 + item.width);
        expect(item.x - 4 + item.width, words).toBeLessThanOrEqual(g.x + g.width - 4);
      }
  });

  it('keeps each country at one side or end, and points every link from giver to getter', () => {
    const [nk, ru] = ['nk', 'ru'].map((k) => placed.countries.find((c) => c.key === k)!.bar);
    const across = layout !== 'narrow';
    for (const g of groups) {
      // The boxes lie between the two bars.
      if (across) expect([nk.x + nk.width <= g.x, g.x + g.width <= ru.x]).toEqual([true, true]);
      else expect([nk.y + nk.height <= g.y, g.y + g.height <= ru.y]).toEqual([true, true]);
    }
    for (const link of placed.links) {
      const way = link.direction === 'nk-to-ru' ? (across ? 'right' : 'down') : across ? 'left' : 'up';
      expect(link.heads.map(pointing), `${link.direction} ${link.kind}`).toEqual(link.heads.map(() => way));
    }
  });
});
