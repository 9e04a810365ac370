import type { Kind } from '@/data';
import type { Measure } from '@/lib/casualties-series';
import { fillOpacity, markStyles, type Palette } from '@/lib/palette';

/** Shape per measure, so measures read apart without colour (design.md). */
const measureShapes: Record<Measure, 'square' | 'plus' | 'diamond' | 'triangle' | 'circle' | 'cross'> = {
  troops: 'square',
  'additional-troops': 'plus',
  'planned-troops': 'square',
  killed: 'diamond',
  injured: 'triangle',
  'killed-or-injured': 'circle',
  'all-casualties': 'cross',
};

type Props = { cx: number; cy: number; size: number; measure: Measure; kind: Kind; colour: string; palette: Palette };

/** A marker whose shape says the measure and whose fill says the kind of figure. */
export function MarkSymbol({ cx, cy, size, measure, kind, colour, palette }: Props) {
  const style = markStyles[kind];
  const background = palette.page;
  const common = {
    fill: style.fill === 'none' ? background : colour,
    fillOpacity: fillOpacity(style, palette),
    stroke: colour,
    strokeWidth: 2,
    strokeDasharray: style.dashed ? '3 2' : undefined,
  };
  const s = size;
  const shape = measureShapes[measure];
  if (shape === 'plus' || shape === 'cross') {
    const d =
      shape === 'plus'
        ? `M${cx - s - 1},${cy}H${cx + s + 1}M${cx},${cy - s - 1}V${cy + s + 1}`
        : `M${cx - s},${cy - s}L${cx + s},${cy + s}M${cx + s},${cy - s}L${cx - s},${cy + s}`;
    // Strokes with no inside: an outline is a wide stroke with the page's colour down its middle (a
    // dash would break so short a stroke into specks), and a clear square takes the pointer in the gaps.
    return (
      <>
        <rect x={cx - s - 1} y={cy - s - 1} width={2 * s + 2} height={2 * s + 2} fill="none" pointerEvents="all" />
        {style.fill === 'none' ? (
          <>
            <path d={d} fill="none" stroke={colour} strokeWidth={5} />
            <path d={d} fill="none" stroke={background} strokeWidth={2} />
          </>
        ) : (
          <path d={d} fill="none" stroke={colour} strokeWidth={3} />
        )}
      </>
    );
  }
  switch (shape) {
    case 'square':
      return <rect x={cx - s} y={cy - s} width={2 * s} height={2 * s} {...common} />;
    case 'diamond':
      return <polygon points={`${cx},${cy - s - 2} ${cx + s + 2},${cy} ${cx},${cy + s + 2} ${cx - s - 2},${cy}`} {...common} />;
    case 'triangle':
      return <polygon points={`${cx},${cy - s - 2} ${cx + s + 1},${cy + s} ${cx - s - 1},${cy + s}`} {...common} />;
    default:
      return <circle cx={cx} cy={cy} r={s} {...common} />;
  }
}
