import { CartesianGrid, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { chartWidth, fontFamily, fontSize, pageLayout, type DrawingLayout, type Layout } from '@/lib/chart-size';
import {
  deploymentHeadline,
  estimateDomain,
  estimatesInWords,
  estimateSeries,
  measureLabels,
  monthTicks,
  type EstimatePoint,
  type Measure,
} from '@/lib/casualties-series';
import { formatCount, formatDate } from '@/lib/format';
import { fillOpacity, markStyles, seriesColours, type Palette } from '@/lib/palette';
import { estimatesPlotHeight, estimatesTitleHeight, headlineBarsGeometry, legendHeadings, measureLegendGeometry, sectionGap } from '@/lib/casualties-layout';
import { tipAttribute } from './tip';
import { MarkSymbol } from './MarkSymbol';
import { estimateMarkSize, estimatesPlotArea, estimatesYTicks, labelFrame, labelKeyWidth, labelLeft, labelLineHeight, placeEstimateLabels, type EstimateLabel } from '@/lib/estimate-labels';

type CasualtiesChartProps = { estimates: boolean; layout: DrawingLayout; palette: Palette };

const colourOf = (measure: Measure | 'workers', palette: Palette) => (measure === 'workers' ? palette.context : seriesColours[measure]);

/**
 * Two drawings in one frame: the article's own figures as bars on one scale, then every other
 * party's estimates over time, one shape per measure, each mark on its own: a line would
 * suggest values for dates its party gave none.
 */
export function CasualtiesChart({ estimates, layout, palette }: CasualtiesChartProps) {
  return (
    <div className="flex flex-col" style={{ fontFamily, gap: sectionGap }}>
      {/* A slide is the wide drawing with a taller plot. */}
      <HeadlineBars layout={pageLayout(layout)} palette={palette} />
      {estimates && <EstimatesOverTime layout={layout} palette={palette} />}
    </div>
  );
}

function HeadlineBars({ layout, palette }: { layout: Layout; palette: Palette }) {
  const bars = deploymentHeadline();
  const width = chartWidth[layout];
  const { narrow, labelWidth, rowHeight, top, height } = headlineBarsGeometry(layout);
  const max = Math.max(...bars.map((b) => b.value));
  const plot = width - labelWidth - (narrow ? 110 : 190);
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label="Bars of the article’s figures on soldiers sent, killed or injured, the claimed maximum and workers"
      style={{ fontFamily }}
    >
      <text x={0} y={14} fontSize={fontSize.label} fontWeight={700} fill={palette.ink}>
        The article’s figures
      </text>
      {bars.map((bar, i) => {
        const style = markStyles[bar.kind];
        const colour = colourOf(bar.measure, palette);
        const y = top + i * rowHeight + (narrow ? 18 : 6);
        const w = Math.max(2, (bar.value / max) * plot);
        return (
          <g key={bar.id} className="data-mark" data-id={bar.id} data-tip={tipAttribute(`${bar.label}: ${bar.valueText}`, [bar.tag, bar.aside, bar.source])}>
            <text x={narrow ? 0 : labelWidth - 8} y={narrow ? y - 5 : y + 14} textAnchor={narrow ? 'start' : 'end'} fontSize={fontSize.label} fill={palette.ink}>
              {bar.label}
              {narrow && (
                <tspan dx={4} fill={palette.muted} fontSize={fontSize.small}>
                  {`· ${bar.tag}`}
                </tspan>
              )}
            </text>
            <rect
              x={labelWidth}
              y={y}
              width={w}
              height={20}
              fill={style.fill === 'none' ? 'none' : colour}
              fillOpacity={fillOpacity(style, palette)}
              stroke={colour}
              strokeWidth={2}
              strokeDasharray={style.dashed ? '5 3' : undefined}
            />
            <text x={labelWidth + w + 6} y={y + 14} fontSize={fontSize.value} fontWeight={700} fill={palette.ink}>
              {bar.valueText}
              {(bar.aside || !narrow) && (
                <tspan dx={5} fontWeight={400} fontSize={fontSize.small} fill={palette.muted}>
                  {[bar.aside, narrow ? '' : bar.tag].filter(Boolean).join(' · ')}
                </tspan>
              )}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function EstimatesOverTime({ layout, palette }: { layout: DrawingLayout; palette: Palette }) {
  const narrow = layout === 'narrow';
  const width = chartWidth[pageLayout(layout)];
  const series = estimateSeries();
  const yTicks = estimatesYTicks();
  const { margin, yAxisWidth } = estimatesPlotArea(layout);
  const labels = placeEstimateLabels(layout);
  // One image described in words: inside, Recharts marks every symbol as an unlabelled image, so
  // its drawing is hidden from assistive technology; the data table lists every figure.
  return (
    <div role="img" aria-label={estimatesInWords()}>
      <svg width={width} height={estimatesTitleHeight} viewBox={`0 0 ${width} ${estimatesTitleHeight}`} aria-hidden="true">
        <text x={0} y={14} fontSize={fontSize.label} fontWeight={700} fill={palette.ink} style={{ fontFamily }}>
          Other parties’ estimates over time
        </text>
      </svg>
      <ScatterChart
        id={`estimates-${layout}`}
        width={width}
        height={estimatesPlotHeight[layout]}
        margin={margin}
        style={{ fontFamily }}
        aria-hidden="true"
      >
        <CartesianGrid stroke={palette.rule} vertical={false} />
        <XAxis
          type="number"
          dataKey="t"
          domain={estimateDomain()}
          ticks={monthTicks(narrow ? 3 : 2)}
          interval={0}
          tickFormatter={(t: number) => formatDate(new Date(t).toISOString().slice(0, 7))}
          tick={{ fill: palette.muted, fontSize: fontSize.small }}
          tickLine={false}
          axisLine={{ stroke: palette.muted }}
          scale="time"
        />
        <YAxis
          type="number"
          dataKey="value"
          domain={[0, yTicks.at(-1)!]}
          ticks={yTicks}
          interval={0}
          tickFormatter={(v: number) => formatCount(v)}
          tick={{ fill: palette.muted, fontSize: fontSize.small }}
          tickLine={false}
          axisLine={false}
          width={yAxisWidth}
        />
        {series.map((s) => (
          <Scatter
            key={s.key}
            id={`estimates-${layout}-${s.key.replace(/[^a-z0-9]+/gi, '-')}`}
            name={`${measureLabels[s.measure]} (${s.partyShort})`}
            data={s.points}
            isAnimationActive={false}
            shape={(props: { cx?: number; cy?: number; payload?: EstimatePoint }) => (
              <g className="data-mark" data-id={props.payload?.id} data-party={props.payload?.partyShort} data-tip={props.payload && tipOf(props.payload)}>
                <MarkSymbol
                  cx={props.cx ?? 0}
                  cy={props.cy ?? 0}
                  size={estimateMarkSize(layout)}
                  measure={s.measure}
                  kind={props.payload?.kind ?? 'assessment'}
                  colour={seriesColours[s.measure]}
                  palette={palette}
                />
                {props.payload && labels.has(props.payload.id) && <PartyLabel x={props.cx ?? 0} y={props.cy ?? 0} label={labels.get(props.payload.id)!} palette={palette} />}
              </g>
            )}
          />
        ))}
      </ScatterChart>
      <MeasureLegend layout={pageLayout(layout)} palette={palette} />
    </div>
  );
}

/** A party label; one that names several parties' marks keys each name with a small copy of its mark. */
function PartyLabel({ x, y, label, palette }: { x: number; y: number; label: EstimateLabel; palette: Palette }) {
  const fill = palette.muted;
  const ax = x + label.dx;
  const ay = y + label.dy;
  if (label.lines.length === 1)
    return (
      <text className="estimate-label" x={ax} y={ay} textAnchor={label.anchor} fontSize={fontSize.small} fill={fill} data-label-for={label.lines[0].ids.join(' ')}>
        {label.lines.map((line, i) => (
          <tspan key={line.text} x={ax} dy={i === 0 ? 0 : labelLineHeight}>
            {line.text}
          </tspan>
        ))}
      </text>
    );
  const left = labelLeft(label.anchor, ax, label.width);
  const frame = labelFrame(label.anchor, ax, ay, label.width, label.lines.length);
  // Keys and words are one label: where it sits is where both are.
  return (
    <g className="estimate-label">
      {/* On the pixel grid: a crisp one-pixel edge, the same in the PNG and in any SVG rasteriser. */}
      <rect x={Math.round(frame.x0) + 0.5} y={Math.round(frame.y0) + 0.5} width={Math.round(frame.x1 - frame.x0)} height={Math.round(frame.y1 - frame.y0)} rx={2} fill={palette.page} stroke={palette.rule} />
      {label.lines.map((line, i) => (
        <MarkSymbol key={line.text} cx={left + 4} cy={ay + i * labelLineHeight - 4} size={3} measure={line.measure} kind={line.kind} colour={seriesColours[line.measure]} palette={palette} />
      ))}
      {/* Each line, its key and its words, stands for its own marks: a tap on it shows theirs (components/MarkTooltip). */}
      {label.lines.map((line, i) => (
        <rect key={line.text} x={frame.x0} y={ay + (i - 1) * labelLineHeight + 2} width={frame.x1 - frame.x0} height={labelLineHeight} fill="none" pointerEvents="all" data-label-for={line.ids.join(' ')} />
      ))}
      <text x={left + labelKeyWidth} y={ay} fontSize={fontSize.small} fill={fill} pointerEvents="none">
        {label.lines.map((line, i) => (
          <tspan key={line.text} x={left + labelKeyWidth} dy={i === 0 ? 0 : labelLineHeight}>
            {line.text}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** Shapes and fills explained once, below the plot, because the measures cannot all be labelled in place. */
function MeasureLegend({ layout, palette }: { layout: Layout; palette: Palette }) {
  const width = chartWidth[layout];
  const { firstKind, kindEntries, columns, rowHeight, measureRows, height } = measureLegendGeometry(layout);
  const colWidth = width / columns;
  // Row `row` of the legend, counted from its top, and column `i % columns` of it.
  const at = (i: number, row: number) => ({ x: (i % columns) * colWidth, y: (row + Math.floor(i / columns)) * rowHeight + 12 });
  const heading = (text: string, row: number) => (
    <text x={0} y={row * rowHeight + 12} fontSize={fontSize.small} fontWeight={600} fill={palette.muted} aria-hidden>
      {text}
    </text>
  );
  const kindsRow = 1 + measureRows;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label="Legend" style={{ fontFamily }}>
      {heading(legendHeadings.measures, 0)}
      <g role="list" aria-label={legendHeadings.measures}>
        {[...firstKind].map(([measure, kind], i) => {
          const { x, y } = at(i, 1);
          return (
            <g key={measure} role="listitem">
              <MarkSymbol cx={x + 8} cy={y - 4} size={5} measure={measure} kind={kind} colour={seriesColours[measure]} palette={palette} />
              <text x={x + 22} y={y} fontSize={fontSize.small} fill={palette.ink}>
                {measureLabels[measure]}
              </text>
            </g>
          );
        })}
      </g>
      {heading(legendHeadings.kinds, kindsRow)}
      <g role="list" aria-label={legendHeadings.kinds}>
        {kindEntries.map(({ kind, text }, i) => {
          const { x, y } = at(i, kindsRow + 1);
          return (
            <g key={text} role="listitem">
              <MarkSymbol cx={x + 8} cy={y - 4} size={5} measure="killed-or-injured" kind={kind} colour={palette.muted} palette={palette} />
              <MarkSymbol cx={x + 24} cy={y - 4} size={5} measure="all-casualties" kind={kind} colour={palette.muted} palette={palette} />
              <text x={x + 38} y={y} fontSize={fontSize.small} fill={palette.ink}>
                {text}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

/** An estimate's tooltip: the measure and value with its hedge, its date and kind, who made it and who reported it. */
const tipOf = (p: EstimatePoint) =>
  tipAttribute(`${measureLabels[p.measure]}: ${p.valueText}`, [`${p.dateText} · ${p.kindLabel}`, `${p.partyFull}, reported by ${p.reportedBy}`, p.note]);
