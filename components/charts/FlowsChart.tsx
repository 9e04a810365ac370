import type { Direction, FlowKind } from '@/data';
import type { ChartState } from '@/lib/chart-state';
import { fontFamily, fontSize, type DrawingLayout } from '@/lib/chart-size';
import { wrapText } from '@/lib/wrap-text';
import { articleRef } from '@/lib/figures';
import { directionLabels, flowKindLabels, flowRow, layoutFlows, shownDirections, type PlacedItem } from '@/lib/flow-layout';
import type { Palette } from '@/lib/palette';
import { tipAttribute } from './tip';

type FlowsChartProps = {
  direction: ChartState<'flows'>['direction'];
  highlight: ChartState<'flows'>['highlight'];
  layout: DrawingLayout;
  palette: Palette;
};

/** What an item's row says; also the start of its accessible name, so both always match. */
const itemText = (item: PlacedItem) => (item.figures.length ? `${item.label} · ${item.figures.join(', ')}` : item.label);

/** Where an item comes from, as its tooltip and accessible name say it. */
const itemSource = ({ source }: PlacedItem) => `(article, ${articleRef(source)})`;

/**
 * The arms-for-technology exchange, drawn by hand (lib/flow-layout): each country keeps its side,
 * what goes each way is grouped by kind, every link shows its direction with arrowheads, and all
 * links have one width, since the source gives sizes for almost none. Each item carries its explanation as a
 * tooltip (`data-tip`), shown where the reader points, taps or tabs to it.
 */
export function FlowsChart({ direction, highlight, layout, palette }: FlowsChartProps) {
  const { width, height, countries, sections, links, noteY } = layoutFlows(layout, shownDirections(direction));
  // One Tab stop for the whole diagram (18 items would be 18 stops): the first item, until the arrow keys move it.
  const tabStop = sections[0]?.groups[0]?.items[0]?.id;
  const colourOf = (d: Direction) => (d === 'nk-to-ru' ? palette.nk : palette.ru);
  // A highlight fades the other kinds' links and dots; their words only turn muted, so they stay readable (4.5:1).
  const faded = (kind: FlowKind) => highlight !== 'all' && highlight !== kind;
  const highlighted = (kind: FlowKind) => highlight === kind;
  const markOpacity = (kind: FlowKind) => (faded(kind) ? 0.25 : 1);
  // One wording in every layout, wrapped to the drawing's width.
  const note = wrapText('Arrows show which way each thing goes. Every link is one width: the article gives a size for few of these flows.', width, fontSize.small, 400);
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Flow diagram of what North Korea and Russia give each other; arrow keys move between its items"
      style={{ fontFamily }}
    >
      {countries.map((c) => (
        <g key={c.key} data-country={c.key}>
          <rect {...c.bar} fill={c.key === 'nk' ? palette.nk : palette.ru} />
          <text x={c.x} y={c.y} textAnchor={c.anchor} fontSize={fontSize.value} fontWeight={700} fill={palette.ink}>
            {c.name}
          </text>
        </g>
      ))}
      {links.map((link) => (
        <g key={`${link.direction}-${link.kind}`} className="flow-link" data-direction={link.direction} data-kind={link.kind} opacity={markOpacity(link.kind)}>
          <path d={link.line} fill="none" stroke={colourOf(link.direction)} strokeWidth={3} />
          {link.heads.map((d) => (
            <path key={d} className="flow-arrowhead" d={d} fill={colourOf(link.direction)} />
          ))}
        </g>
      ))}
      {sections.map((section) => (
        <g key={section.direction} data-direction={section.direction}>
          <text x={section.titleX} y={section.titleY} fontSize={fontSize.label} fontWeight={700} fill={palette.ink}>
            {directionLabels[section.direction].title}
          </text>
          {section.groups.map((g) => (
            <g key={g.kind} data-kind={g.kind} data-faded={faded(g.kind) || undefined}>
              {/* The highlighted kind's box is outlined in its direction's colour, so it stands out in either theme. */}
              <rect
                x={g.x}
                y={g.y}
                width={g.width}
                height={g.height}
                rx={4}
                fill={faded(g.kind) ? palette.page : palette.panel}
                stroke={highlighted(g.kind) ? colourOf(g.direction) : palette.rule}
                strokeWidth={highlighted(g.kind) ? 2 : 1}
                data-highlighted={highlighted(g.kind) || undefined}
              />
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
                  // The whole explanation is the item's name, read once on focus.
                  aria-label={`${itemText(item)}${highlighted(g.kind) ? ' (highlighted)' : ''}: ${item.detail} ${itemSource(item)}`}
                  data-tip={tipAttribute(itemText(item), [`${directionLabels[g.direction].title} · ${flowKindLabels[g.kind]}`, item.detail, itemSource(item)])}
                >
                  {/* The item's whole row takes the pointer, a finger's width tall. */}
                  <rect x={item.x - 4} y={item.y - 16} width={item.width} height={flowRow} fill="none" pointerEvents="all" />
                  <circle cx={item.x + 3} cy={item.y - 4} r={3} fill={colourOf(g.direction)} opacity={markOpacity(g.kind)} />
                  <text x={item.x + 12} y={item.y} fontSize={fontSize.label} fill={faded(g.kind) ? palette.muted : palette.ink}>
                    {itemText(item)}
                  </text>
                </g>
              ))}
            </g>
          ))}
        </g>
      ))}
      <text x={0} y={noteY - (note.length - 1) * 14} fontSize={fontSize.small} fill={palette.muted}>
        {note.map((line, i) => (
          <tspan key={line} x={0} dy={i ? 14 : 0}>
            {line}
          </tspan>
        ))}
      </text>
    </svg>
  );
}
