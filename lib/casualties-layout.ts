import type { DrawingLayout, Layout } from './chart-size';
import { deploymentHeadline, estimateSeries, type EstimatePoint, type Measure } from './deployment-series';

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

/** The legend: one row per measure drawn (two columns when wide), then one row per kind of mark. */
export function measureLegendGeometry(layout: Layout) {
  // Each measure's legend mark takes the kind of its first series (claims sort after estimates).
  const firstKind = new Map<Measure, EstimatePoint['kind']>();
  for (const s of estimateSeries()) if (!firstKind.has(s.measure)) firstKind.set(s.measure, s.points[0].kind);
  const columns = layout === 'narrow' ? 1 : 2;
  const rowHeight = 20;
  const measureRows = Math.ceil(firstKind.size / columns);
  return { firstKind, columns, rowHeight, measureRows, height: (measureRows + legendKindRows.length) * rowHeight + 6 };
}

/** One row per mark style drawn: shapes with an inside are tinted or outlined; crosses, all strokes, are solid or hollow. */
export const legendKindRows = [
  { kind: 'assessment', measure: 'killed-or-injured', text: 'tinted: intelligence or official assessment' },
  { kind: 'claim', measure: 'killed-or-injured', text: 'outline: claim by a party to the war, or a plan' },
  { kind: 'assessment', measure: 'all-casualties', text: 'solid cross: an assessment' },
  { kind: 'claim', measure: 'all-casualties', text: 'hollow cross: a claim' },
] as const satisfies readonly { kind: EstimatePoint['kind']; measure: Measure; text: string }[];

/** The whole drawing's height: the article's bars, and with estimates on, the plot over time and its legend. */
export function casualtiesHeight(layout: Layout, estimates: boolean): number {
  const bars = headlineBarsGeometry(layout).height;
  if (!estimates) return bars;
  return bars + sectionGap + estimatesTitleHeight + estimatesPlotHeight[layout] + measureLegendGeometry(layout).height;
}
