import { metrics, type Direction, type Flow, type FlowKind } from '@/data';
import { flowKinds } from '@/data/vocabulary';
import { chartWidth, type Layout } from './chart-size';
import { formatFigure } from './format';
import { figure } from './figures';

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

const row = 20;
const groupHead = 22;
const groupGap = 10;
// The narrow drawing names the giver and getter on a line of their own under the title, with no room beside the nodes.
const blockHead: Record<Layout, number> = { wide: 28, narrow: 46 };
const blockGap = 26;
const node = 12;

export type PlacedItem = Flow & { x: number; y: number; figures: string[] };
export type PlacedGroup = { kind: FlowKind; x: number; y: number; width: number; height: number; items: PlacedItem[] };
/**
 * `nodeTop`: where the sender's and receiver's nodes begin, below the block's heading. `namesY` and
 * `namesInset`: the baseline and side inset of "… gives" and "… gets": beside the nodes when wide,
 * on the line above them when narrow.
 */
export type PlacedBlock = { direction: Direction; y: number; height: number; nodeTop: number; namesY: number; namesInset: number; groups: PlacedGroup[] };
export type FlowLayout = { width: number; height: number; node: number; blocks: PlacedBlock[] };

/**
 * Positions of the flow diagram: for each direction, the sender's node on the left, one box per
 * kind of flow in the middle, the receiver's node on the right. Every link has the same width,
 * because the source sizes almost none of the flows.
 */
export function layoutFlows(layout: Layout, shown: Direction[]): FlowLayout {
  const width = chartWidth[layout];
  const gx = layout === 'narrow' ? 24 : 190;
  const gw = layout === 'narrow' ? width - 2 * gx : 340;
  let y = 0;
  const blocks = shown.map<PlacedBlock>((direction) => {
    const top = y;
    let gy = top + blockHead[layout];
    const groups = flowKinds
      .map((kind) => metrics.flows.filter((f) => f.direction === direction && f.kind === kind))
      .filter((items) => items.length > 0)
      .map<PlacedGroup>((items) => {
        const height = groupHead + items.length * row + 6;
        const group: PlacedGroup = {
          kind: items[0].kind,
          x: gx,
          y: gy,
          width: gw,
          height,
          items: items.map((f, i) => ({
            ...f,
            x: gx + 10,
            y: gy + groupHead + i * row + 14,
            figures: f.figureIds.map((id) => formatFigure(figure(id))),
          })),
        };
        gy += height + groupGap;
        return group;
      });
    const height = gy - groupGap - top;
    y = gy - groupGap + blockGap;
    const nodeTop = top + blockHead[layout];
    const namesY = layout === 'wide' ? (nodeTop + top + height) / 2 - 40 : nodeTop - 8;
    return { direction, y: top, height, nodeTop, namesY, namesInset: layout === 'wide' ? node + 6 : 0, groups };
  });
  return { width, height: Math.max(0, y - blockGap) + 40, node, blocks };
}
