import { linearTicks } from './axis';
import { estimatesPlotHeight } from './casualties-layout';
import { chartWidth, fontSize, type Layout } from './chart-size';
import { estimateDomain, estimatePoints, estimateSeries, type EstimatePoint } from './deployment-series';

/**
 * Party labels beside the marks of the estimates-over-time plot, placed in the plot's own pixels
 * so that no label covers another label or another mark, and as few as possible cross a line.
 */

/** The value axis: a little headroom so the highest mark is not cut by the plot's top edge. */
export const estimatesYTicks = () => linearTicks(Math.max(...estimatePoints().map((p) => p.value)) * 1.05);

export const estimateMarkSize = (layout: Layout) => (layout === 'narrow' ? 5 : 6);

/** Where Recharts draws the plot inside its SVG: its margins, the value axis on the left, the time axis (30 high) below. */
export function estimatesPlotArea(layout: Layout) {
  const narrow = layout === 'narrow';
  const margin = { top: 12, right: narrow ? 12 : 24, bottom: 4, left: narrow ? 0 : 8 };
  const yAxisWidth = narrow ? 44 : 52;
  return { margin, yAxisWidth, left: margin.left + yAxisWidth, right: chartWidth[layout] - margin.right, top: margin.top, bottom: estimatesPlotHeight[layout] - margin.bottom - 30 };
}

export const labelSides = ['right', 'left', 'above', 'below', 'above-right', 'above-left', 'below-right', 'below-left'] as const;
export type LabelSide = (typeof labelSides)[number];
/** Offsets of a label's anchor from its mark's centre, per side. */
export const labelOffsets: Record<LabelSide, { dx: number; dy: number; anchor: 'start' | 'end' | 'middle' }> = {
  right: { dx: 9, dy: 4, anchor: 'start' },
  left: { dx: -9, dy: 4, anchor: 'end' },
  above: { dx: 0, dy: -11, anchor: 'middle' },
  below: { dx: 0, dy: 19, anchor: 'middle' },
  'above-right': { dx: 6, dy: -8, anchor: 'start' },
  'above-left': { dx: -6, dy: -8, anchor: 'end' },
  'below-right': { dx: 6, dy: 16, anchor: 'start' },
  'below-left': { dx: -6, dy: 16, anchor: 'end' },
};

/** The party, and for a figure that is not a count, what it is instead (design.md: a claim is labelled "claim"). */
export const estimateLabelText = (p: Pick<EstimatePoint, 'partyShort' | 'kind'>) =>
  p.kind === 'claim' ? `${p.partyShort} (claim)` : p.kind === 'projection' ? `${p.partyShort} (plan)` : p.partyShort;

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
const around = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

function labelBox(side: LabelSide, x: number, y: number, width: number): Box {
  const { dx, dy, anchor } = labelOffsets[side];
  const left = anchor === 'start' ? x + dx : anchor === 'end' ? x + dx - width : x + dx - width / 2;
  // The text's box as the browser measures it: Inter's ascent above the baseline, its descent below.
  return { x0: left, y0: y + dy - fontSize.small, x1: left + width, y1: y + dy + 3 };
}

const placedByLayout = new Map<Layout, Map<string, { text: string; side: LabelSide }>>();

/** The same data always places the same way, so each layout is worked out once. */
export function placeEstimateLabels(layout: Layout): Map<string, { text: string; side: LabelSide }> {
  if (!placedByLayout.has(layout)) placedByLayout.set(layout, placeLabels(layout));
  return placedByLayout.get(layout)!;
}

function placeLabels(layout: Layout): Map<string, { text: string; side: LabelSide }> {
  const area = estimatesPlotArea(layout);
  const [t0, t1] = estimateDomain();
  const yMax = estimatesYTicks().at(-1)!;
  const at = (p: EstimatePoint) => ({
    x: area.left + ((p.t - t0) / (t1 - t0)) * (area.right - area.left),
    y: area.bottom - (p.value / yMax) * (area.bottom - area.top),
  });
  const points = estimatePoints().map((p) => ({ p, ...at(p) }));
  const marks = points.map(({ p, x, y }) => ({ id: p.id, box: around(x, y, estimateMarkSize(layout) + 1.5) }));
  // Lines join a party's estimates of one measure: sampled every few pixels as small boxes.
  const lines: Box[] = estimateSeries().flatMap((s) =>
    s.points.slice(1).flatMap((p, i) => {
      const [a, b] = [at(s.points[i]), at(p)];
      const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 3);
      return Array.from({ length: steps + 1 }, (_, k) => around(a.x + ((b.x - a.x) * k) / steps, a.y + ((b.y - a.y) * k) / steps, 1.5));
    }),
  );
  let labels = points.map(({ p, x, y }) => {
    const text = estimateLabelText(p);
    const width = text.length * fontSize.small * 0.6;
    return { id: p.id, text, boxes: Object.fromEntries(labelSides.map((side) => [side, labelBox(side, x, y, width)])) as Record<LabelSide, Box> };
  });
  const sides = new Map<string, LabelSide>(labels.map((l) => [l.id, 'right']));
  /** What a label on this side covers: other labels and marks (never allowed in the end), and lines (best avoided). */
  const covers = (label: (typeof labels)[number], side: LabelSide) => {
    const box = label.boxes[side];
    // Off the value axis's numbers on the left; down to just above the time axis's.
    if (box.x0 < area.left || box.x1 > chartWidth[layout] || box.y0 < 0 || box.y1 > area.bottom + 8) return { covered: Infinity, line: 0 };
    const others = labels.filter((l) => l.id !== label.id).map((l) => l.boxes[sides.get(l.id)!]);
    const covered = [...others, ...marks.filter((m) => m.id !== label.id).map((m) => m.box)].reduce((sum, b) => sum + overlap(box, b), 0);
    return { covered, line: lines.reduce((sum, b) => sum + overlap(box, b), 0) };
  };
  const cost = (label: (typeof labels)[number], side: LabelSide) => {
    const { covered, line } = covers(label, side);
    return covered * 100 + line;
  };
  // Each label in turn takes its cheapest side given where the others are, until none moves.
  const settle = () => {
    for (let round = 0; round < 20; round++) {
      let moved = false;
      for (const label of labels) {
        const best = labelSides.reduce((a, b) => (cost(label, b) < cost(label, a) ? b : a));
        if (cost(label, best) < cost(label, sides.get(label.id)!)) {
          sides.set(label.id, best);
          moved = true;
        }
      }
      if (!moved) return;
    }
  };
  // Where marks crowd too closely (a phone's narrow plot), the label that covers most goes, until
  // none covers a label or a mark: that party is named in the tooltip and the table instead. A
  // claim's or a plan's label never goes, as design.md wants a claim called one on the chart.
  const isClaim = new Set(points.filter(({ p }) => p.kind === 'claim' || p.kind === 'projection').map(({ p }) => p.id));
  const covering = () => labels.filter((l) => covers(l, sides.get(l.id)!).covered > 0.5);
  for (settle(); covering().some((l) => !isClaim.has(l.id)); settle()) {
    const pool = covering().filter((l) => !isClaim.has(l.id));
    const worst = pool.reduce((a, b) => (cost(b, sides.get(b.id)!) > cost(a, sides.get(a.id)!) ? b : a));
    labels = labels.filter((l) => l !== worst);
  }
  const placed = new Map(labels.map((l) => [l.id, { text: l.text, side: sides.get(l.id)! }]));
  return placed;
}
