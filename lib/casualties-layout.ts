import type { DrawingLayout, Layout } from './chart-size';
import type { Kind } from '@/data';
import { deploymentHeadline, estimatePoints, estimateSeries, type EstimatePoint, type Measure } from './casualties-series';
import { markStyles } from './palette';

/** Sizes of the casualties chart's parts, shared by the drawing and by anything that must know its height. */
export const sectionGap = 8;
export const estimatesTitleHeight = 20;
/** The plot's height; a slide's is taller, as beside the article's bars the picture has the room. */
export const estimatesPlotHeight: Record<DrawingLayout, number> = { wide: 320, narrow: 300, slide: 440 };

export function headlineBarsGeometry(layout: Layout) {
  const narrow = layout === 'narrow';
  const rowHeight = narrow ? 50 : 34;
  const top = 24;
  return { narrow, rowHeight, top, labelWidth: narrow ? 0 : 150, height: top + deploymentHeadline().length * rowHeight + 8 };
}

/** What each style of mark means, worded once per style (design.md, "Kind of figure"). */
const styleWords = {
  solid: 'reported figure or official statistic',
  tint: 'intelligence or official assessment',
  'none-dashed': 'claim by a party to the war, or a plan',
  none: 'mirror or industry statistic',
} as const;
const styleOrder = Object.keys(styleWords);
const styleOf = (kind: Kind) => `${markStyles[kind].fill}${markStyles[kind].dashed ? '-dashed' : ''}` as keyof typeof styleWords;

export const legendHeadings = { measures: 'What each shape counts', kinds: 'Kind of figure' } as const;

/**
 * The legend, in two groups under headings: one entry per measure drawn (two columns when wide), then
 * one per style of mark the estimates use, each shown on a shape with an inside and on a cross.
 */
export function measureLegendGeometry(layout: Layout) {
  // Each measure's legend mark takes the kind of its first series (claims sort after estimates).
  const firstKind = new Map<Measure, EstimatePoint['kind']>();
  for (const s of estimateSeries()) if (!firstKind.has(s.measure)) firstKind.set(s.measure, s.points[0].kind);
  const kinds = new Map<keyof typeof styleWords, Kind>();
  for (const p of estimatePoints()) if (!kinds.has(styleOf(p.kind))) kinds.set(styleOf(p.kind), p.kind);
  const kindEntries = [...kinds].sort(([a], [b]) => styleOrder.indexOf(a) - styleOrder.indexOf(b)).map(([style, kind]) => ({ kind, text: styleWords[style] }));
  const columns = layout === 'narrow' ? 1 : 2;
  const rowHeight = 20;
  const measureRows = Math.ceil(firstKind.size / columns);
  const kindRows = Math.ceil(kindEntries.length / columns);
  return { firstKind, kindEntries, columns, rowHeight, measureRows, height: (1 + measureRows + 1 + kindRows) * rowHeight + 6 };
}
/** The whole drawing's height: the article's bars, and with estimates on, the plot over time and its legend. */
export function casualtiesHeight(layout: Layout, estimates: boolean): number {
  const bars = headlineBarsGeometry(layout).height;
  if (!estimates) return bars;
  return bars + sectionGap + estimatesTitleHeight + estimatesPlotHeight[layout] + measureLegendGeometry(layout).height;
}
