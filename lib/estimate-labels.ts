import { linearTicks } from './axis';
import { estimatesPlotHeight } from './casualties-layout';
import { chartWidth, fontSize, pageLayout, type DrawingLayout } from './chart-size';
import { estimateDomain, estimatePoints, type EstimatePoint } from './casualties-series';
import { textWidth } from './text-width';

// Party labels beside the marks of the estimates-over-time plot, placed in the plot's own pixels
// so that no label covers another label or another mark, and as few as possible sit as near another mark as their own.

/**
 * The value axis: a little headroom so the highest mark is not cut by the plot's top edge, in
 * steps fine enough (2,000 for today's figures) that the top sits close above it, leaving the
 * crowded low values as much height as it can.
 */
export const estimatesYTicks = () => linearTicks(Math.max(...estimatePoints().map((p) => p.value)) * 1.05, 6);

export const estimateMarkSize = (layout: DrawingLayout) => (layout === 'narrow' ? 5 : 6);

/** A slide's plot is the wide one, taller. */
const plotWidth = (layout: DrawingLayout) => chartWidth[pageLayout(layout)];

/** Where Recharts draws the plot inside its SVG: its margins, the value axis on the left, the time axis (30 high) below. */
export function estimatesPlotArea(layout: DrawingLayout) {
  const narrow = layout === 'narrow';
  const margin = { top: 12, right: narrow ? 12 : 30, bottom: 4, left: narrow ? 2 : 8 };
  const yAxisWidth = narrow ? 44 : 52;
  return { margin, yAxisWidth, left: margin.left + yAxisWidth, right: plotWidth(layout) - margin.right, top: margin.top, bottom: estimatesPlotHeight[layout] - margin.bottom - 30 };
}

const labelSides = ['right', 'left', 'above', 'below', 'above-right', 'above-left', 'below-right', 'below-left'] as const;
type LabelSide = (typeof labelSides)[number];
/** Offsets of a label's anchor from its mark's centre, per side. */
const labelOffsets: Record<LabelSide, { dx: number; dy: number; anchor: 'start' | 'end' | 'middle' }> = {
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
const estimateLabelText = (p: Pick<EstimatePoint, 'partyShort' | 'kind'>) =>
  p.kind === 'claim' ? `${p.partyShort} (claim)` : p.kind === 'projection' ? `${p.partyShort} (plan)` : p.partyShort;

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
const around = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });
/** From a box to a point: 0 inside it. */
const distance = (b: Box, p: { x: number; y: number }) => Math.hypot(Math.max(b.x0 - p.x, 0, p.x - b.x1), Math.max(b.y0 - p.y, 0, p.y - b.y1));
/** The same, walking only across and up: how far the eye goes from a label along its line, then to the mark. */
const walk = (b: Box, p: { x: number; y: number }) => Math.max(b.x0 - p.x, 0, p.x - b.x1) + Math.max(b.y0 - p.y, 0, p.y - b.y1);

/** A label's width in Inter at the label size. */
const labelWidth = (text: string) => textWidth(text, fontSize.small);

/** Baseline to baseline, for a label that names several parties, one a line. */
export const labelLineHeight = fontSize.small + 2;

/** One party a label names, the marks it names it for (`ids`), and the look of their key, where a label names several. */
type LabelLine = { text: string; ids: string[]; measure: EstimatePoint['measure']; kind: EstimatePoint['kind'] };

/**
 * A placed label: its lines, where the first line's baseline sits from its mark's centre, and its
 * width. A label of several lines names several parties' marks, so each line starts with a small
 * copy of its mark (`labelKeyWidth` wide), and the reader can tell which mark is whose.
 */
export type EstimateLabel = { lines: LabelLine[]; width: number; dx: number; dy: number; anchor: (typeof labelOffsets)[LabelSide]['anchor'] };

export const labelKeyWidth = 11;

/** The centres of the marks a label names: one point, or the span of marks that overlap. */
type Extent = { x0: number; x1: number; y0: number; y1: number };

/** How far across a label may reach: from the plot's left edge (the value axis's numbers lie left of it) to the drawing's right. */
type Span = { left: number; right: number };

/**
 * Where a label's text goes on a side of its marks: the anchor and the first line's baseline. A
 * label of several lines grows away from its marks (up above them, both ways beside them).
 */
function labelAnchor(side: LabelSide, at: Extent, lines: number, width: number, span: Span) {
  const { dx, dy, anchor } = labelOffsets[side];
  const extra = (lines - 1) * labelLineHeight;
  // Beside the cluster on its left or right; above or below it, from its middle, slid along to stay
  // inside the plot when marks near its edge would push half of it out.
  const reach = width / 2 + framePad(lines);
  const middle = Math.min(Math.max((at.x0 + at.x1) / 2 + dx, span.left + reach), span.right - reach);
  const x = side === 'right' ? at.x1 + dx : side === 'left' ? at.x0 + dx : anchor === 'middle' ? middle : (at.x0 + at.x1) / 2 + dx;
  const y = side.startsWith('above') ? at.y0 + dy - extra : side.startsWith('below') ? at.y1 + dy : (at.y0 + at.y1) / 2 + dy - extra / 2;
  return { x, y, anchor };
}

/** The frame's room around a label's text: only a label naming several parties is framed. */
const framePad = (lines: number) => (lines > 1 ? 3 : 0);

/** Where a label's words (and keys) start, from its anchor. */
export const labelLeft = (anchor: EstimateLabel['anchor'], x: number, width: number) => (anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2);

/**
 * The box a label takes, from its anchor and first baseline: its text's box as the browser measures it
 * (Inter's ascent above the first baseline, its descent below the last). A label that names several
 * parties is framed, a little wider: framed, its keys read as a key to the marks it sits beside, not as
 * more marks at the value it happens to sit level with.
 */
export function labelFrame(anchor: EstimateLabel['anchor'], x: number, y: number, width: number, lines: number): Box {
  const left = labelLeft(anchor, x, width);
  const pad = framePad(lines);
  return { x0: left - pad, y0: y - fontSize.small - pad, x1: left + width + pad, y1: y + (lines - 1) * labelLineHeight + 3 + pad };
}

function labelBox(side: LabelSide, at: Extent, width: number, lines: number, span: Span): Box {
  const { x, y, anchor } = labelAnchor(side, at, lines, width, span);
  return labelFrame(anchor, x, y, width, lines);
}

/** How near, centre to centre, one party's marks must be for one label to name them together. */
const joinWithin = { wide: 60, narrow: 30 };

const placedByLayout = new Map<DrawingLayout, Map<string, EstimateLabel>>();

/** The same data always places the same way, so each layout is worked out once. */
export function placeEstimateLabels(layout: DrawingLayout): Map<string, EstimateLabel> {
  if (!placedByLayout.has(layout)) placedByLayout.set(layout, placeLabels(layout));
  return placedByLayout.get(layout)!;
}

function placeLabels(layout: DrawingLayout): Map<string, EstimateLabel> {
  const area = estimatesPlotArea(layout);
  const span = { left: area.left, right: plotWidth(layout) };
  const [t0, t1] = estimateDomain();
  const yMax = estimatesYTicks().at(-1)!;
  const at = (p: EstimatePoint) => ({
    x: area.left + ((p.t - t0) / (t1 - t0)) * (area.right - area.left),
    y: area.bottom - (p.value / yMax) * (area.bottom - area.top),
  });
  const points = estimatePoints().map((p) => ({ p, ...at(p) }));
  // A mark's reach: its size, the 2 px a diamond's or triangle's tip goes past it, and half its stroke.
  const marks = points.map(({ p, x, y }) => ({ id: p.id, box: around(x, y, estimateMarkSize(layout) + 3) }));
  // Marks whose bodies overlap (two parties' figures days apart, close in value; tips and strokes
  // aside, which only labels must clear) share one label naming every party, one a line, so no
  // party's mark sits unnamed under another's label.
  const touching = (a: (typeof points)[number], b: (typeof points)[number]) => Math.hypot(a.x - b.x, a.y - b.y) < 2 * (estimateMarkSize(layout) + 1.5);
  let groups: (typeof points)[] = [];
  for (const point of points) {
    // A mark touching several groups joins them into one.
    const touched = groups.filter((g) => g.some((q) => touching(point, q)));
    const merged = [...touched.flat(), point];
    groups = touched.length ? groups.filter((g) => !touched.includes(g) || g === touched[0]).map((g) => (g === touched[0] ? merged : g)) : [...groups, merged];
  }
  const isClaim = (p: EstimatePoint) => p.kind === 'claim' || p.kind === 'projection';
  type Placed = (typeof points)[number];
  const labelFor = (group: Placed[]) => {
    // A claim leads its group: its label is the one that may never go.
    const { p, x, y } = group.find((g) => isClaim(g.p)) ?? group[0];
    const named = [p, ...group.map((g) => g.p)];
    const lines = named
      .filter((q, i) => named.findIndex((o) => estimateLabelText(o) === estimateLabelText(q)) === i)
      .map((q) => ({ text: estimateLabelText(q), ids: group.filter((g) => estimateLabelText(g.p) === estimateLabelText(q)).map((g) => g.p.id), measure: q.measure, kind: q.kind }));
    const width = Math.max(...lines.map((l) => labelWidth(l.text))) + (lines.length > 1 ? labelKeyWidth : 0);
    // A shared label sits beside the whole cluster, not beside its first mark, where it would cover the rest.
    const xs = group.map((g) => g.x);
    const ys = group.map((g) => g.y);
    // A framed label stands clear of its marks' bodies as well as their centres: its filled frame would hide them.
    const clear = lines.length > 1 ? estimateMarkSize(layout) + 1 : 0;
    const extent = { x0: Math.min(...xs) - clear, x1: Math.max(...xs) + clear, y0: Math.min(...ys) - clear, y1: Math.max(...ys) + clear };
    const boxes = Object.fromEntries(labelSides.map((side) => [side, labelBox(side, extent, width, lines.length, span)])) as Record<LabelSide, Box>;
    return { id: p.id, x, y, lines, width, group, extent, claim: group.some((g) => isClaim(g.p)), boxes };
  };
  let labels = groups.map(labelFor);
  const sides = new Map<string, LabelSide>(labels.map((l) => [l.id, 'right']));
  /** What a label on this side covers: other labels and marks (never allowed in the end). */
  const covers = (label: (typeof labels)[number], side: LabelSide) => {
    const box = label.boxes[side];
    // Off the value axis's numbers on the left; above the time axis's line, which would strike it through.
    if (box.x0 < area.left || box.x1 > span.right || box.y0 < 0 || box.y1 > area.bottom) return { covered: Infinity, misleads: false, namesAnother: false };
    const others = labels.filter((l) => l.id !== label.id).map((l) => l.boxes[sides.get(l.id)!]);
    // A framed label's own marks too: its frame is filled, and would hide them.
    const obstacles = marks.filter((m) => label.lines.length > 1 || !label.group.some((g) => g.p.id === m.id));
    const covered = [...others, ...obstacles.map((m) => m.box)].reduce((sum, b) => sum + overlap(box, b), 0);
    // A label about as near another mark as its own (within a few pixels) reads as that mark's too:
    // a side that does so costs more, a preference, not a rule (the e2e test holds the drawn result to it).
    const own = new Set(label.group.map((g) => g.p.id));
    const reach = Math.min(...label.group.map((g) => distance(box, g)));
    const misleads = points.some((q) => !own.has(q.p.id) && distance(box, q) < reach + 4);
    // A label beside a mark level with it, nearer than its own, a little above or below, names that mark.
    const nearestOwn = Math.min(...label.group.map((g) => walk(box, g)));
    const namesAnother = points.some((q) => !own.has(q.p.id) && walk(box, q) < nearestOwn);
    return { covered, misleads, namesAnother };
  };
  const cost = (label: (typeof labels)[number], side: LabelSide) => {
    const { covered, misleads, namesAnother } = covers(label, side);
    return covered * 100 + (misleads ? 400 : 0) + (namesAnother ? 2000 : 0);
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
  // none covers a label or a mark or sits where it would name another mark: that party is named in the
  // tooltip and the table instead. A shared label with no claim in it first splits into one label a
  // mark. A claim's or a plan's label never goes, as design.md wants a claim called one on the chart.
  const covering = () =>
    labels.filter((l) => {
      const { covered, namesAnother } = covers(l, sides.get(l.id)!);
      return covered > 0.5 || namesAnother;
    });
  // A one-mark label that must go first tries joining the label of the same party's nearest mark close
  // by (a killed count under its injured count, a month apart): one name beside both. A joined label that
  // must go gives way to the one it replaced, its newcomer then named in the tooltip and table only.
  type Label = (typeof labels)[number];
  const replaced = new Map<Label, Label>();
  const unjoinable = new Set<string>();
  const near = (a: Placed[], b: Placed[]) => Math.min(...a.flatMap((p) => b.map((q) => Math.hypot(p.x - q.x, p.y - q.y)))) <= joinWithin[layout === 'narrow' ? 'narrow' : 'wide'];
  for (settle(); covering().some((l) => !l.claim); settle()) {
    const pool = covering().filter((l) => !l.claim);
    const worst = pool.reduce((a, b) => (cost(b, sides.get(b.id)!) > cost(a, sides.get(a.id)!) ? b : a));
    const undone = replaced.get(worst);
    if (undone) {
      worst.group.filter((g) => !undone.group.includes(g)).forEach((g) => unjoinable.add(g.p.id));
      labels = labels.map((l) => (l === worst ? undone : l));
      continue;
    }
    const text = worst.lines.length === 1 ? worst.lines[0].text : null;
    const partner = worst.group.length === 1 && !unjoinable.has(worst.id) && labels.find((l) => l !== worst && l.lines.length === 1 && l.lines[0].text === text && near(l.group, worst.group));
    if (partner) {
      const both = labelFor([...partner.group, ...worst.group]);
      replaced.set(both, partner);
      labels = labels.flatMap((l) => (l === partner ? [both] : l === worst ? [] : [l]));
      if (!sides.has(both.id)) sides.set(both.id, 'right');
      continue;
    }
    labels = labels.flatMap((l) => (l !== worst ? [l] : l.group.length > 1 ? l.group.map((g) => labelFor([g])) : []));
    labels.forEach((l) => sides.has(l.id) || sides.set(l.id, 'right'));
  }
  return new Map(
    labels.map((l) => {
      const side = sides.get(l.id)!;
      // Drawn in the lead mark's group, so placed from its centre.
      const { x, y, anchor } = labelAnchor(side, l.extent, l.lines.length, l.width, span);
      return [l.id, { lines: l.lines, width: l.width, dx: x - l.x, dy: y - l.y, anchor }];
    }),
  );
}
