import { Bar, BarChart, CartesianGrid, Cell, Customized, LabelList, ReferenceArea, XAxis, YAxis } from 'recharts';
import { isPowerOfTen, linearTicks, logTicks } from '@/lib/axis';
import type { ChartState } from '@/lib/chart-state';
import { fontFamily, fontSize, tradeSize, type DrawingLayout } from '@/lib/chart-size';
import { formatMoney, qualifierWord } from '@/lib/format';
import { markStyles, type Palette } from '@/lib/palette';
import { qualified, tradeMaxM, tradeRows, unreportedYears, type TradePoint, type TradeRow } from '@/lib/trade-series';
import { tipAttribute } from './tip';

type TradeChartProps = { scale: ChartState<'trade'>['scale']; context: boolean; layout: DrawingLayout; palette: Palette };

/**
 * Trade by year: one bar per reported value, styled by kind; unreported years stay empty. On the
 * log scale each value is a dot instead: a bar's length there would not be proportional to it.
 */
export function TradeChart({ scale, context, layout, palette }: TradeChartProps) {
  const rows = tradeRows(context);
  // On a phone the bars lie down: years run down the side and every value label gets a full line.
  const horizontal = layout === 'narrow';
  const size = tradeSize[layout];
  const fillFor = (p: TradePoint) => {
    const style = markStyles[p.kind];
    if (style.fill === 'none') return palette.page;
    return p.origin === 'article' ? palette.accent : style.fill === 'tint' ? palette.accentTint : palette.context;
  };
  const ticks = scale === 'log' ? logTicks(tradeMaxM()) : linearTicks(tradeMaxM(), 3);
  const log = scale === 'log';
  const valueAxis = {
    type: 'number' as const,
    scale,
    domain: [ticks[0], ticks.at(-1)!],
    ticks,
    // Every tick is chosen here; Recharts would otherwise drop some after measuring text in the browser only.
    interval: 0,
    tickLine: false,
    // Lying across a phone, the log axis has no room for $30M beside $100M.
    tickFormatter: (v: number) => (log && horizontal && !isPowerOfTen(v) ? '' : formatMoney(v * 1e6)),
    tick: { fill: palette.muted, fontSize: fontSize.small },
  };
  const yearAxis = { type: 'category' as const, dataKey: 'year', interval: 0, tickLine: false, tick: <YearTick rows={rows} palette={palette} horizontal={horizontal} /> };
  return (
    <BarChart
      id={`trade-${layout}`}
      width={size.width}
      height={size.height}
      data={rows}
      layout={horizontal ? 'vertical' : 'horizontal'}
      margin={horizontal ? { top: log ? 22 : 4, right: 96, bottom: 4, left: 0 } : { top: log ? 30 : 8, right: 8, bottom: 8, left: 8 }}
      barCategoryGap={horizontal ? '22%' : '30%'}
      style={{ fontFamily }}
      role="img"
      aria-label={`${log ? 'Dot' : 'Bar'} chart of Russia–North Korea trade by year, ${scale} scale`}
    >
      <CartesianGrid vertical={horizontal} horizontal={!horizontal} stroke={palette.rule} />
      {unreportedYears().map(([from, to]) => (
        <ReferenceArea
          key={from}
          {...(horizontal ? { y1: String(from), y2: String(to) } : { x1: String(from), x2: String(to) })}
          fill={palette.panel}
          fillOpacity={1}
          stroke={palette.rule}
          strokeDasharray="3 3"
          label={<GapLabel from={from} to={to} palette={palette} horizontal={horizontal} />}
        />
      ))}
      {horizontal ? (
        <>
          <XAxis {...valueAxis} axisLine={false} orientation="top" height={24} />
          <YAxis {...yearAxis} width={76} axisLine={{ stroke: palette.muted }} />
        </>
      ) : (
        <>
          <XAxis {...yearAxis} height={40} axisLine={{ stroke: palette.muted }} />
          <YAxis {...valueAxis} width={52} axisLine={false} />
        </>
      )}
      {log && <Customized component={<LogNote palette={palette} short={horizontal} />} />}
      <Bar dataKey="valueM" isAnimationActive={false} {...(log && { shape: <ValueDot horizontal={horizontal} /> })}>
        {rows.map((row) => (
          <Cell
            key={row.year}
            className="data-mark"
            data-year={row.year}
            data-tip={row.point ? tipOf(row.point) : undefined}
            fill={row.point ? fillFor(row.point) : 'none'}
            stroke={row.point ? (row.point.origin === 'article' ? palette.accent : palette.context) : 'none'}
            strokeWidth={2}
          />
        ))}
        <LabelList dataKey="point" content={<BarLabel palette={palette} horizontal={horizontal} clearance={log ? dotRadius : 0} />} />
      </Bar>
    </BarChart>
  );
}

/** Why the log scale draws dots, where the eye is. */
function LogNote({ palette, short }: { palette: Palette; short: boolean }) {
  return (
    <text x={4} y={13} fontSize={fontSize.small} fill={palette.muted} className="log-note">
      {short ? 'Log scale: dots, as bar lengths would mislead' : 'Log scale: each value is a dot, read against the axis; a bar’s length would not be proportional'}
    </text>
  );
}

const dotRadius = 6;

type DotProps = { x?: number; y?: number; width?: number; height?: number; fill?: string; stroke?: string; className?: string; 'data-year'?: string; 'data-tip'?: string; horizontal: boolean };

/** A value on the log scale: a dot where the bar would end, styled by kind as the bar is. */
function ValueDot({ x = 0, y = 0, width = 0, height = 0, fill, stroke, className, horizontal, ...rest }: DotProps) {
  if (fill === 'none') return null;
  const [cx, cy] = horizontal ? [x + width, y + height / 2] : [x + width / 2, y];
  return <circle className={className} data-year={rest['data-year']} data-tip={rest['data-tip']} cx={cx} cy={cy} r={dotRadius} fill={fill} stroke={stroke} strokeWidth={2} />;
}

type LabelProps = {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
  palette: Palette;
  horizontal: boolean;
  /** Room kept between the value's end and its label: a dot's radius on the log scale. */
  clearance: number;
};

/** Each bar's value: above a standing bar, the qualifier on its own line so narrow bars never collide; beside a lying one, on the same line. */
function BarLabel({ x, y, width, height, value, palette, horizontal, clearance }: LabelProps) {
  const p = value as TradePoint | null;
  if (!p || p.valueM === null) return null;
  if (horizontal) {
    const qualifier = qualifierWord(p.qualifier);
    return (
      // A halo of the page's colour: a gridline that the label crosses (the $100M line on a phone) stops short of its words.
      <text
        className="value-label"
        x={Number(x) + Number(width) + 6 + clearance}
        y={Number(y) + Number(height) / 2 + 4}
        fontSize={fontSize.small}
        fill={palette.muted}
        stroke={palette.page}
        strokeWidth={4}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {qualifier && <tspan>{qualifier}</tspan>}
        <tspan dx={qualifier ? 4 : 0} fontWeight={700} fontSize={fontSize.value} fill={palette.ink}>
          {p.valueText}
        </tspan>
        {p.multiple && <tspan dx={4}>{p.multiple}</tspan>}
      </text>
    );
  }
  const cx = Number(x) + Number(width) / 2;
  const top = Number(y) - clearance;
  const lines = [p.multiple, qualifierWord(p.qualifier)].filter(Boolean) as string[];
  return (
    <g className="value-label">
      {lines.map((line, i) => (
        <text key={line} x={cx} y={top - 22 - (lines.length - 1 - i) * 13} textAnchor="middle" fontSize={fontSize.small} fill={palette.muted}>
          {line}
        </text>
      ))}
      <text x={cx} y={top - 8} textAnchor="middle" fontSize={fontSize.value} fontWeight={700} fill={palette.ink}>
        {p.valueText}
      </text>
    </g>
  );
}

type TickProps = { x?: number; y?: number; payload?: { value: string }; rows: TradeRow[]; palette: Palette; horizontal: boolean };

/** Year, and next to it who reports that year's figure. */
function YearTick({ x = 0, y = 0, payload, rows, palette, horizontal }: TickProps) {
  const row = rows.find((r) => r.year === payload?.value);
  if (horizontal)
    return (
      <g transform={`translate(${x},${y})`}>
        <text x={-6} y={-2} textAnchor="end" fontSize={fontSize.label} fill={palette.ink}>
          {payload?.value}
        </text>
        {row?.source && (
          <text x={-6} y={11} textAnchor="end" fontSize={fontSize.small} fill={palette.muted}>
            {row.source}
          </text>
        )}
      </g>
    );
  return (
    <g transform={`translate(${x},${y})`}>
      <text y={12} textAnchor="middle" fontSize={fontSize.label} fill={palette.ink}>
        {payload?.value}
      </text>
      {row?.source && (
        <text y={27} textAnchor="middle" fontSize={fontSize.small} fill={palette.muted}>
          {row.source}
        </text>
      )}
    </g>
  );
}

type GapProps = { viewBox?: { x: number; y: number; width: number; height: number }; from: number; to: number; palette: Palette; horizontal: boolean };

/** Says why a stretch of years is empty, so the gap reads as missing data and not as zero. */
function GapLabel({ viewBox, from, to, palette, horizontal }: GapProps) {
  if (!viewBox) return null;
  // Lying bars: start just inside the empty band so the words clear the axis line.
  const cx = horizontal ? viewBox.x + 8 : viewBox.x + viewBox.width / 2;
  // Nobody in the sources we use reports these years: what they say is about our sources, not the world.
  const lines = ['No figures in', 'these sources', `for ${from}–${to}`];
  const y = horizontal ? viewBox.y + viewBox.height / 2 - 10 : viewBox.y + viewBox.height - 54;
  return (
    <text x={cx} y={y} textAnchor={horizontal ? 'start' : 'middle'} fontSize={fontSize.small} fill={palette.muted} className="gap-label">
      {lines.map((line, i) => (
        <tspan key={line} x={cx} dy={i === 0 ? 0 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** What the tooltip says of a year's figure: its value with its hedge, then what kind it is and who gives it. */
const tipOf = (point: TradePoint) => tipAttribute(`${point.year}: ${qualified(point)}`, [point.kindLabel, point.sourceFull, point.multipleSaid, point.note]);
