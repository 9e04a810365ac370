import { metrics, type Direction, type Flow, type FlowKind } from '@/data';
import { flowKinds } from '@/data/vocabulary';
import { chartWidth, type DrawingLayout } from './chart-size';
import type { ChartState } from './chart-state';
import { formatFigure } from './format';
import { figure } from './figures';

/** The directions a flows state draws. */
export const shownDirections = (direction: ChartState<'flows'>['direction']): Direction[] => (direction === 'both' ? ['nk-to-ru', 'ru-to-nk'] : [direction]);

export const flowKindLabels: Record<FlowKind, string> = {
  munitions: 'Munitions',
  people: 'People',
  'military-technology': 'Military technology',
  'resources-money': 'Resources and money',
  diplomacy: 'Diplomatic support',
};

export const directionLabels: Record<Direction, { from: string; to: string; title: string }> = {
  'nk-to-ru': { from: 'North Korea', to: 'Russia', title: 'North Korea → Russia' },
  'ru-to-nk': { from: 'Russia', to: 'North Korea', title: 'Russia → North Korea' },
};

/** The directions in which the article has flows of a kind. */
export const directionsOfKind = (kind: FlowKind): Direction[] => [...new Set(metrics.flows.filter((f) => f.kind === kind).map((f) => f.direction))];

/** An item's row: 24 px, so each item is a 24 × 24 px target at least (WCAG 2.5.8), on a phone too. */
export const flowRow = 24;
const groupHead = 22;
const groupGap = 10;
const sectionHead = 24;
const sectionGap = 18;
/** How thick a country's bar is, and an arrowhead's length and half-width. */
const bar = 12;
const head = { length: 8, half: 4.5 };

export type PlacedItem = Flow & { x: number; y: number; figures: string[] };
type PlacedGroup = { kind: FlowKind; direction: Direction; x: number; y: number; width: number; height: number; items: PlacedItem[] };
type PlacedSection = { direction: Direction; titleX: number; titleY: number; groups: PlacedGroup[] };
/** A link: the line itself and the arrowheads that say which way it goes, as SVG path data. */
type PlacedLink = { direction: Direction; kind: FlowKind; line: string; heads: string[] };
type PlacedCountry = { name: string; key: 'nk' | 'ru'; x: number; y: number; anchor: 'start' | 'end'; bar: { x: number; y: number; width: number; height: number } };
type FlowLayout = { width: number; height: number; countries: PlacedCountry[]; sections: PlacedSection[]; links: PlacedLink[]; noteY: number };

/** An arrowhead with its tip at (x, y), pointing right, left, down or up. */
function arrowhead(x: number, y: number, towards: 'right' | 'left' | 'down' | 'up'): string {
  const { length: l, half: h } = head;
  switch (towards) {
    case 'right':
      return `M${x},${y}L${x - l},${y - h}L${x - l},${y + h}Z`;
    case 'left':
      return `M${x},${y}L${x + l},${y - h}L${x + l},${y + h}Z`;
    case 'down':
      return `M${x},${y}L${x - h},${y - l}L${x + h},${y - l}Z`;
    case 'up':
      return `M${x},${y}L${x - h},${y + l}L${x + h},${y + l}Z`;
  }
}

/**
 * The kinds of one direction's flows as boxes of items, from (x, top): one under another (`down`),
 * or side by side with their tops aligned (`across`). Returns where the last box ends, below or to the right.
 */
function placeGroups(direction: Direction, x: number, width: number, top: number, towards: 'down' | 'across' = 'down'): { groups: PlacedGroup[]; end: number } {
  let [gx, gy] = [x, top];
  const groups = flowKinds
    .map((kind) => metrics.flows.filter((f) => f.direction === direction && f.kind === kind))
    .filter((items) => items.length > 0)
    .map<PlacedGroup>((items) => {
      const height = groupHead + items.length * flowRow + 4;
      const group: PlacedGroup = {
        kind: items[0].kind,
        direction,
        x: gx,
        y: gy,
        width,
        height,
        items: items.map((f, i) => ({ ...f, x: gx + 10, y: gy + groupHead + i * flowRow + 16, figures: f.figureIds.map((id) => formatFigure(figure(id))) })),
      };
      if (towards === 'down') gy += height + groupGap;
      else gx += width + groupGap;
      return group;
    });
  return { groups, end: (towards === 'down' ? gy : gx) - groupGap };
}

/** A slide's box: wide enough for its longest item ("Deminers and builders · about 6,000"; test/flow-layout.test.ts checks every item fits). */
const slideBox = 244;
/** Where a slide's link meets its box: right of centre, clear of the direction's title above the first box. */
const slideStem = (g: PlacedGroup) => g.x + g.width - 56;

/**
 * The slide: North Korea's bar along the top and Russia's along the foot, as on a phone; the kinds
 * side by side between them, what North Korea sends on the left with its links pointing down,
 * what Russia sends on the right pointing up.
 */
function layoutSlide(shown: Direction[]): FlowLayout {
  const topBar = { y: 18, bottom: 28 };
  const boxTop = 72;
  let x = 0;
  const sections = shown.map<PlacedSection>((direction) => {
    const { groups, end } = placeGroups(direction, x, slideBox, boxTop, 'across');
    const section = { direction, titleX: x, titleY: boxTop - 12, groups };
    x = end + 2 * sectionGap;
    return section;
  });
  const width = x - 2 * sectionGap;
  const groups = sections.flatMap((s) => s.groups);
  const footBar = Math.max(...groups.map((g) => g.y + g.height)) + 40;
  const links = groups.map<PlacedLink>((g) => {
    const stem = slideStem(g);
    const [bottom, foot] = [g.y + g.height, footBar];
    return g.direction === 'nk-to-ru'
      ? { direction: g.direction, kind: g.kind, line: `M${stem},${topBar.bottom}V${g.y}M${stem},${bottom}V${foot}`, heads: [arrowhead(stem, g.y, 'down'), arrowhead(stem, foot, 'down')] }
      : { direction: g.direction, kind: g.kind, line: `M${stem},${foot}V${bottom}M${stem},${g.y}V${topBar.bottom}`, heads: [arrowhead(stem, bottom, 'up'), arrowhead(stem, topBar.bottom, 'up')] };
  });
  const countries: PlacedCountry[] = [
    { name: 'North Korea', key: 'nk', x: 0, y: 13, anchor: 'start', bar: { x: 0, y: topBar.y, width, height: topBar.bottom - topBar.y } },
    { name: 'Russia', key: 'ru', x: 0, y: footBar + 10 + 13, anchor: 'start', bar: { x: 0, y: footBar, width, height: 10 } },
  ];
  const height = footBar + 10 + 13 + 30;
  return { width, height, countries, sections, links, noteY: height - 6 };
}

/**
 * Positions of the exchange: each country keeps one side (one end, on a phone) in every view, what
 * goes each way is grouped by kind between them, and every link carries arrowheads pointing the way
 * it goes. Links all have the same width: the source sizes almost none of the flows.
 *
 * Wide: North Korea's bar on the left, Russia's on the right; a link runs from the giver's bar into
 * its kind's box and on to the getter's. Narrow: North Korea's bar at the top, Russia's at the foot;
 * what North Korea sends hangs off a spine down the left edge, what Russia sends off one up the right.
 * Slide (wide pictures only): as narrow, turned on its side (layoutSlide).
 */
export function layoutFlows(layout: DrawingLayout, shown: Direction[]): FlowLayout {
  if (layout === 'slide') return layoutSlide(shown);
  const width = chartWidth[layout];
  const wide = layout === 'wide';
  const box = wide ? { x: 190, width: 340 } : { x: 24, width: width - 48 };
  let y = wide ? 30 : 38;
  const sections = shown.map<PlacedSection>((direction) => {
    const titleY = y + 15;
    const { groups, end } = placeGroups(direction, box.x, box.width, y + sectionHead);
    y = end + sectionGap;
    return { direction, titleX: box.x, titleY, groups };
  });
  const end = y - sectionGap;
  const groupsOf = (direction: Direction) => sections.filter((s) => s.direction === direction).flatMap((s) => s.groups);
  const mid = (g: PlacedGroup) => g.y + g.height / 2;
  let links: PlacedLink[];
  let countries: PlacedCountry[];
  let height: number;
  if (wide) {
    const [left, right] = [bar, width - bar];
    const boxRight = box.x + box.width;
    links = [
      ...groupsOf('nk-to-ru').map((g) => {
        const gy = mid(g);
        return { direction: g.direction, kind: g.kind, line: `M${left},${gy}H${box.x}M${boxRight},${gy}H${right}`, heads: [arrowhead(box.x, gy, 'right'), arrowhead(right, gy, 'right')] };
      }),
      ...groupsOf('ru-to-nk').map((g) => {
        const gy = mid(g);
        return { direction: g.direction, kind: g.kind, line: `M${right},${gy}H${boxRight}M${box.x},${gy}H${left}`, heads: [arrowhead(boxRight, gy, 'left'), arrowhead(left, gy, 'left')] };
      }),
    ];
    const barTop = 22;
    const barHeight = end + 6 - barTop;
    countries = [
      { name: 'North Korea', key: 'nk', x: 0, y: 14, anchor: 'start', bar: { x: 0, y: barTop, width: bar, height: barHeight } },
      { name: 'Russia', key: 'ru', x: width, y: 14, anchor: 'end', bar: { x: width - bar, y: barTop, width: bar, height: barHeight } },
    ];
    height = barTop + barHeight + 30;
  } else {
    const topBar = { y: 18, bottom: 28 };
    const footBar = end + 10;
    const [down, up] = [10, width - 10];
    const spine = (direction: Direction, x: number) => {
      const groups = groupsOf(direction);
      if (!groups.length) return [];
      const towards = direction === 'nk-to-ru' ? 'down' : 'up';
      const edge = direction === 'nk-to-ru' ? box.x : box.x + box.width;
      const tip = towards === 'down' ? footBar : topBar.bottom;
      const start = towards === 'down' ? topBar.bottom : footBar;
      return groups.map((g, i) => ({
        direction,
        kind: g.kind,
        // The spine is drawn once, with the first group; each group hangs off it, an arrowhead beside it.
        line: `${i === 0 ? `M${x},${start}V${tip}` : ''}M${x},${mid(g)}H${edge}`,
        heads: [arrowhead(x, mid(g) + (towards === 'down' ? head.length / 2 + 8 : -head.length / 2 - 8), towards), ...(i === 0 ? [arrowhead(x, tip, towards)] : [])],
      }));
    };
    links = [...spine('nk-to-ru', down), ...spine('ru-to-nk', up)];
    countries = [
      { name: 'North Korea', key: 'nk', x: 0, y: 13, anchor: 'start', bar: { x: 0, y: topBar.y, width, height: topBar.bottom - topBar.y } },
      { name: 'Russia', key: 'ru', x: 0, y: footBar + 10 + 13, anchor: 'start', bar: { x: 0, y: footBar, width, height: 10 } },
    ];
    height = footBar + 10 + 13 + 40;
  }
  return { width, height, countries, sections, links, noteY: height - 10 };
}
