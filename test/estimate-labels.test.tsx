import { describe, expect, it } from 'vitest';
import { drawChart } from '@/components/charts/registry';
import { defaultState } from '@/lib/chart-state';
import { estimatePoints } from '@/lib/casualties-series';
import { palettes } from '@/lib/palette';
import { textWidth } from '@/lib/text-width';

const render = (layout: 'wide' | 'narrow' | 'slide') => drawChart('casualties', defaultState('casualties'), layout, palettes.light);

/** The label drawn inside each estimate's mark group, by the estimate's id; a label of several lines joined by ' · '. */
const drawnLabels = (html: string) =>
  new Map(
    [...html.matchAll(/<g class="data-mark" data-id="([^"]+)"[^>]*>(?:(?!<\/g>)[\s\S])*?class="estimate-label"[^>]*>([\s\S]*?)<\/text>/g)].map((m) => [
      m[1],
      [...m[2].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1].replace(/&amp;/g, '&')).join(' · '),
    ]),
  );

describe('estimate labels', () => {
  it('wide: every estimate is labelled with its party, on its own or in a label shared with a coinciding mark, and the claim is called one', () => {
    const drawn = drawnLabels(render('wide'));
    const points = estimatePoints();
    const day = 24 * 3600 * 1000;
    for (const p of points) {
      const own = drawn.get(p.id);
      if (own) {
        expect(own.startsWith(p.partyShort), p.id).toBe(true);
        expect(own.split(' · ')[0].includes('(claim)'), p.id).toBe(p.kind === 'claim');
      } else {
        // Named instead in the label of a mark it overlaps: one a few days from it.
        const near = [...drawn].filter(([id]) => Math.abs(points.find((q) => q.id === id)!.t - p.t) <= 7 * day);
        expect(near.some(([, text]) => text.split(' · ').includes(p.partyShort)), p.id).toBe(true);
      }
    }
  });

  it.each(['wide', 'narrow'] as const)('%s: two parties’ estimates of the same figure within a week, whose marks overlap, are named in one label, the claim first', (layout) => {
    const drawn = drawnLabels(render(layout));
    const points = estimatePoints();
    const day = 24 * 3600 * 1000;
    const twins = points.flatMap((a) => points.filter((b) => b.partyShort !== a.partyShort && b.value === a.value && b.t > a.t && b.t - a.t <= 7 * day).map((b) => [a, b]));
    expect(twins.length).toBeGreaterThan(0);
    for (const [a, b] of twins) {
      const label = drawn.get(a.id) ?? drawn.get(b.id);
      expect(label, `${a.id} and ${b.id}`).toBeDefined();
      for (const p of [a, b]) expect(label!.split(' · '), `${a.id} and ${b.id}`).toContain(p.kind === 'claim' ? `${p.partyShort} (claim)` : p.partyShort);
      if (a.kind === 'claim' || b.kind === 'claim') expect(label!.split(' · ')[0]).toMatch(/\(claim\)$/);
    }
  });

  it.each(['wide', 'slide', 'narrow'] as const)('%s: every estimate is named on the chart, a party’s marks close together by one label beside them where each cannot have its own', (layout) => {
    const html = render(layout);
    const named = new Set([...html.matchAll(/data-label-for="([^"]+)"/g)].flatMap((m) => m[1].split(' ')));
    const points = estimatePoints();
    expect(points.filter((p) => !named.has(p.id)).map((p) => p.id)).toEqual([]);
    // A label naming several marks names one party's: the text it shows is that party's.
    for (const m of html.matchAll(/<text class="estimate-label"[^>]*data-label-for="([^"]+)"[^>]*><tspan[^>]*>([^<]*)</g)) {
      const parties = new Set(m[1].split(' ').map((id) => points.find((p) => p.id === id)!.partyShort));
      expect([...parties].length, m[2]).toBe(1);
      expect(m[2].replace(/&amp;/g, '&').startsWith([...parties][0]), m[2]).toBe(true);
    }
  });

  it('narrow: where marks crowd, some labels give way, but most parties and every claim or plan are still named on the chart', () => {
    const drawn = drawnLabels(render('narrow'));
    const points = estimatePoints();
    expect(drawn.size).toBeGreaterThanOrEqual(Math.ceil((points.length * 2) / 3));
    for (const [id, text] of drawn) expect(text.startsWith(points.find((p) => p.id === id)!.partyShort)).toBe(true);
    const claims = points.filter((p) => p.kind === 'claim' || p.kind === 'projection');
    expect(claims.length).toBeGreaterThan(0);
    for (const p of claims) expect(drawn.get(p.id)?.split(' · ')[0], p.id).toMatch(/\((claim|plan)\)$/);
  });

  it.each(['wide', 'narrow'] as const)('%s: a label naming several parties starts each name with a copy of its mark, so the reader can tell which is whose', (layout) => {
    const html = render(layout);
    const unkeyed = [...html.matchAll(/<text class="estimate-label"[^>]*>([\s\S]*?)<\/text>/g)].filter((m) => (m[1].match(/<tspan/g) ?? []).length > 1);
    expect(unkeyed.map((m) => m[0])).toEqual([]);
    const keyed = [...html.matchAll(/<g class="estimate-label">([\s\S]*?)<text[^>]*>([\s\S]*?)<\/text><\/g>/g)];
    expect(keyed.length).toBeGreaterThan(0);
    for (const [, keys, words] of keyed) {
      const lines = (words.match(/<tspan/g) ?? []).length;
      expect(lines).toBeGreaterThan(1);
      expect((keys.match(/<(circle|path|rect)(?![^>]*pointer-events="all")/g) ?? []).length, words).toBeGreaterThanOrEqual(lines);
    }
  });

  it.each(['wide', 'narrow'] as const)('%s: a one-party label is nearer its own mark than any other, so no reader credits it with a neighbour’s figure', (layout) => {
    const html = render(layout);
    type Box = { x0: number; y0: number; x1: number; y1: number };
    const numbers = (text: string) => text.match(/-?[\d.]+/g)!.map(Number);
    // Each mark's outline as points along it, read from its shape's own coordinates: a diamond's empty
    // corners are no part of it (a cross's is the square it fills).
    const along = (corners: [number, number][]) =>
      corners.flatMap(([x, y], i) => {
        const [nx, ny] = corners[(i + 1) % corners.length];
        return Array.from({ length: 10 }, (_, k) => [x + ((nx - x) * k) / 10, y + ((ny - y) * k) / 10] as [number, number]);
      });
    const outline = (group: string): [number, number][] => {
      const shape = group.match(/<(rect|polygon|circle)\b([^>]*)>/)![0];
      const attr = (name: string) => Number(shape.match(new RegExp(`\\s${name}="([^"]+)"`))![1]);
      if (shape.startsWith('<circle')) return Array.from({ length: 36 }, (_, k) => [attr('cx') + attr('r') * Math.cos((k * Math.PI) / 18), attr('cy') + attr('r') * Math.sin((k * Math.PI) / 18)]);
      if (shape.startsWith('<rect')) {
        const [x, y, w, h] = [attr('x'), attr('y'), attr('width'), attr('height')];
        return along([[x, y], [x + w, y], [x + w, y + h], [x, y + h]]);
      }
      const values = numbers(shape.match(/\spoints="([^"]+)"/)![1]);
      return along(values.flatMap((v, i) => (i % 2 ? [] : [[v, values[i + 1]] as [number, number]])));
    };
    const gap = (box: Box, points: [number, number][]) => Math.min(...points.map(([x, y]) => Math.hypot(Math.max(0, box.x0 - x, x - box.x1), Math.max(0, box.y0 - y, y - box.y1))));
    // The estimates' marks (the frame's bars above them are drawn in a panel of their own).
    const estimates = new Set(estimatePoints().map((p) => p.id));
    const groups = [...html.matchAll(/<g class="data-mark" data-id="([^"]+)"[\s\S]*?(?=<g class="data-mark"|<\/svg>)/g)]
      .filter((m) => estimates.has(m[1]))
      .map((m) => ({ id: m[1], markup: m[0], outline: outline(m[0]) }));
    expect(groups.length).toBe(estimates.size);
    const labels = groups.flatMap(({ id, markup }) => {
      const text = markup.match(/<text class="estimate-label" x="([^"]+)" y="([^"]+)" text-anchor="([^"]+)" font-size="([^"]+)"[^>]*><tspan[^>]*>([^<]*)<\/tspan><\/text>/);
      if (!text) return [];
      const [x, y, size] = [Number(text[1]), Number(text[2]), Number(text[4])];
      const width = textWidth(text[5].replace(/&amp;/g, '&'), size);
      const x0 = text[3] === 'end' ? x - width : text[3] === 'middle' ? x - width / 2 : x;
      return [{ id, text: text[5], box: { x0, y0: y - size * 0.75, x1: x0 + width, y1: y } }];
    });
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) {
      const own = gap(label.box, groups.find((g) => g.id === label.id)!.outline);
      const nearest = groups.filter((g) => g.id !== label.id).reduce((a, g) => (gap(label.box, g.outline) < gap(label.box, a.outline) ? g : a));
      expect(own, `${label.id}'s label "${label.text}" sits nearer ${nearest.id}`).toBeLessThan(gap(label.box, nearest.outline));
    }
  });
});
