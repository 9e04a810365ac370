import type { Direction, FlowKind } from '@/data';
import { fontFamily, fontSize, type Layout } from '@/lib/chart-size';
import { shownDirections } from '@/lib/drawing-height';
import { directionLabels, flowKindLabels, layoutFlows, type PlacedItem } from '@/lib/flow-layout';
import type { Palette } from '@/lib/palette';
import { articleRef } from '@/lib/figures';

export type FlowsChartProps = {
  direction: Direction | 'both';
  highlight: FlowKind | 'all';
  layout: Layout;
  palette: Palette;
};

/** What an item's row says; also the start of its accessible name, so both always match. */
const itemText = (item: PlacedItem) => (item.figures.length ? `${item.label} · ${item.figures.join(', ')}` : item.label);

/** Where an item comes from, as the explanation under the diagram and the item's accessible name say it. */
const itemSource = ({ source }: PlacedItem) => `(article, ${articleRef(source)})`;

/**
 * Two-way flow diagram drawn by hand: links of equal width, since the source gives no sizes. Each
 * item carries its explanation (`data-detail`), which the page's flow-item island shows as the
 * reader points at, taps or tabs to it.
 */
export function FlowsChart({ direction, highlight, layout, palette }: FlowsChartProps) {
  const { width, height, node, blocks } = layoutFlows(layout, shownDirections(direction));
  // One Tab stop for the whole diagram (18 items would be 18 stops): the first item, until the arrow keys move it.
  const tabStop = blocks[0]?.groups[0]?.items[0]?.id;
  const colour = (country: string) => (country === 'North Korea' ? palette.nk : palette.ru);
  // A highlight fades the other kinds' links and dots; their words only turn muted, so they stay readable (4.5:1).
  const faded = (kind: FlowKind) => highlight !== 'all' && highlight !== kind;
  const markOpacity = (kind: FlowKind) => (faded(kind) ? 0.25 : 1);
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Flow diagram of what North Korea and Russia give each other; arrow keys move between its items"
      style={{ fontFamily }}
    >
      {blocks.map((block) => {
        const { from, to, title } = directionLabels[block.direction];
        const nodeHeight = block.y + block.height - block.nodeTop;
        return (
          <g key={block.direction} data-direction={block.direction}>
            <text x={0} y={block.y + 16} fontSize={fontSize.value} fontWeight={700} fill={palette.ink}>
              {title}
            </text>
            <rect x={0} y={block.nodeTop} width={node} height={nodeHeight} fill={colour(from)} />
            <rect x={width - node} y={block.nodeTop} width={node} height={nodeHeight} fill={colour(to)} />
            <text x={block.namesInset} y={block.namesY} fontSize={fontSize.label} fill={palette.ink}>
              {from} gives
            </text>
            <text x={width - block.namesInset} y={block.namesY} fontSize={fontSize.label} fill={palette.ink} textAnchor="end">
              {to} gets
            </text>
            {block.groups.map((g) => {
              const gy = g.y + g.height / 2;
              return (
                <g key={g.kind} data-kind={g.kind} data-faded={faded(g.kind) || undefined}>
                  <path
                    className="flow-link"
                    d={`M${node},${gy} C${(node + g.x) / 2},${gy} ${(node + g.x) / 2},${gy} ${g.x},${gy}`}
                    fill="none"
                    stroke={colour(from)}
                    strokeWidth={3}
                    opacity={markOpacity(g.kind)}
                  />
                  <path
                    className="flow-link"
                    d={`M${g.x + g.width},${gy} C${(g.x + g.width + width - node) / 2},${gy} ${(g.x + g.width + width - node) / 2},${gy} ${width - node},${gy}`}
                    fill="none"
                    stroke={colour(from)}
                    strokeWidth={3}
                    opacity={markOpacity(g.kind)}
                  />
                  <rect x={g.x} y={g.y} width={g.width} height={g.height} rx={4} fill={faded(g.kind) ? palette.page : palette.panel} stroke={palette.rule} />
                  <text x={g.x + 10} y={g.y + 16} fontSize={fontSize.small} fontWeight={700} fill={palette.muted}>
                    {flowKindLabels[g.kind].toUpperCase()}
                  </text>
                  {g.items.map((item) => (
                    <g
                      key={item.id}
                      className="data-mark flow-item"
                      data-id={item.id}
                      tabIndex={item.id === tabStop ? 0 : -1}
                      role="button"
                      // The whole explanation is the item's name, read once on focus; the line under the diagram, which
                      // says the same for the eye, is not a live region, or each item would be read twice.
                      aria-label={`${itemText(item)}${highlight === g.kind ? ' (highlighted)' : ''}: ${item.detail} ${itemSource(item)}`}
                      data-detail={`${item.label}: ${item.detail} ${itemSource(item)}`}
                    >
                      <circle cx={item.x + 3} cy={item.y - 4} r={3} fill={colour(from)} opacity={markOpacity(g.kind)} />
                      <text x={item.x + 12} y={item.y} fontSize={fontSize.label} fill={faded(g.kind) ? palette.muted : palette.ink}>
                        {itemText(item)}
                      </text>
                    </g>
                  ))}
                </g>
              );
            })}
          </g>
        );
      })}
      <text x={0} y={height - 12} fontSize={fontSize.small} fill={palette.muted}>
        {layout === 'wide'
          ? 'Every link has the same width: the article gives no size for most of these flows.'
          : 'Links are all one width: flows are not sized.'}
      </text>
    </svg>
  );
}
