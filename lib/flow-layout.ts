import { metrics, type Direction, type Flow, type FlowKind } from '@/data';
import { directions, flowKinds } from '@/data/vocabulary';
import { chartWidth, type DrawingLayout } from './chart-size';
import type { ChartState } from './chart-state';
import { formatFigure } from './format';
import { figure } from './figures';

/** The directions a flows state draws. */
export const shownDirections = (direction: ChartState<'flows'>['direction']): Direction[] => (direction === 'both' ? [...directions] : [direction]);

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

/** An item where its words start (x, their baseline y), and how wide its row is from 4 px before them. */
export type PlacedItem = Flow & { x: number; y: number; width: number; figures: string[] };
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
 * The kinds of one direction's flows as boxes of items, one under another from (x, top), each box's
 * items in `columns` side by side. Returns where the last box ends.
 */
function placeGroups(direction: Direction, x: number, width: number, top: number, columns: number): { groups: PlacedGroup[]; end: number } {
  let y = top;
  const cell = (width - 8) / columns;
  const groups = flowKinds
    .map((kind) => metrics.flows.filter((f) => f.direction === direction && f.kind === kind))
    .filter((items) => items.length > 0)
    .map<PlacedGroup>((items) => {
      const height = groupHead + Math.ceil(items.length / columns) * flowRow + 4;
      const group: PlacedGroup = {
        kind: items[0].kind,
        direction,
        x,
        y,
        width,
        height,
        items: items.map((f, i) => ({
          ...f,
          x: x + 10 + (i % columns) * cell,
          y: y + groupHead + Math.floor(i / columns) * flowRow + 16,
          width: cell - 4,
          figures: f.figureIds.map((id) => formatFigure(figure(id))),
        })),
      };
      y += height + groupGap;
      return group;
    });
  return { groups, end: y - groupGap };
}

/** A slide's column of items: wide enough for the longest item ("Deminers and builders · about 6,000"; test/flow-layout.test.ts checks every item fits). */
const slideColumn = 244;

/**
 * Positions of the exchange: each country keeps one side (one end, on a phone) in every view, what
 * goes each way is grouped by kind between them, and every link carries arrowheads pointing the way
 * it goes. Links all have the same width: the source sizes almost none of the flows.
 *
 * Wide: North Korea's bar on the left, Russia's on the right; a link runs from the giver's bar into
 * its kind's box and on to the getter's. Narrow: North Korea's bar at the top, Russia's at the foot;
 * what North Korea sends hangs off a spine down the left edge, what Russia sends off one up the right.
 * Slide (wide pictures only): as wide, with the items three to a row (two when one direction is
 * shown), so the picture is shaped like a slide rather than a column.
 */
export function layoutFlows(layout: DrawingLayout, shown: Direction[]): FlowLayout {
  const wide = layout !== 'narrow';
  const columns = layout !== 'slide' ? 1 : shown.length > 1 ? 3 : 2;
  const box = wide ? { x: 190, width: columns > 1 ? columns * slideColumn + 8 : 340 } : { x: 24, width: chartWidth.narrow - 48 };
  const width = wide ? 2 * box.x + box.width : chartWidth.narrow;
  let y = wide ? 30 : 38;
  const sections = shown.map<PlacedSection>((direction) => {
    const titleY = y + 15;
    const { groups, end } = placeGroups(direction, box.x, box.width, y + sectionHead, columns);
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
