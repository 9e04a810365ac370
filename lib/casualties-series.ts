import { utcMonth } from 'd3-time';
import type { ContextFigure, ContextSeries, Figure } from '@/data';
import { casualtySharePercent } from './derived';
import { articleSource, contextFor, figure, party, partyAsRecorded, readerNote } from './figures';
import { formatCount, formatShare, formatWhen, kindLabels, withQualifier } from './format';

/** What each series measures, in the order the legend lists them. Different measures never merge. */
export const measureLabels: Record<Exclude<ContextSeries, 'trade'>, string> = {
  troops: 'Troops sent (total)',
  'additional-troops': 'Extra troops sent',
  'planned-troops': 'Further troops planned',
  killed: 'Killed',
  injured: 'Injured',
  'killed-or-injured': 'Killed or injured',
  'all-casualties': 'All casualties (incl. missing, captured)',
};
export type Measure = keyof typeof measureLabels;
const measures = Object.keys(measureLabels) as Measure[];

export type EstimatePoint = {
  id: string;
  /** Milliseconds since 1970 at noon UTC of the day the estimate is as of. */
  t: number;
  value: number;
  valueText: string;
  dateText: string;
  measure: Measure;
  kind: ContextFigure['kind'];
  kindLabel: string;
  partyShort: string;
  partyFull: string;
  reportedBy: string;
  note: string;
};

/** A party's run of estimates of one measure, drawn as one Recharts series (marks only). */
type EstimateSeries = { key: string; measure: Measure; partyShort: string; points: EstimatePoint[] };

const timeOf = (date: string) => Date.parse(`${date.length === 7 ? `${date}-15` : date}T12:00:00Z`);

export function estimatePoints(): EstimatePoint[] {
  return [...contextFor('deployment'), ...contextFor('casualties')]
    .map((c) => ({
      id: c.id,
      t: timeOf(c.asOf),
      value: c.value,
      valueText: withQualifier(formatCount(c.value), c.qualifier),
      dateText: formatWhen(c.period ?? c.asOf),
      measure: c.series as Measure,
      kind: c.kind,
      kindLabel: kindLabels[c.kind],
      partyShort: party(c.partyId).short,
      partyFull: partyAsRecorded(c),
      reportedBy: c.reportedBy,
      note: readerNote(c),
    }))
    .sort((a, b) => a.t - b.t);
}

export function estimateSeries(): EstimateSeries[] {
  const groups = new Map<string, EstimateSeries>();
  for (const p of estimatePoints()) {
    const key = `${p.measure}:${p.partyShort}`;
    const group = groups.get(key) ?? { key, measure: p.measure, partyShort: p.partyShort, points: [] };
    group.points.push(p);
    groups.set(key, group);
  }
  // Outlined claims are drawn last, on top, so a claim is never hidden under an estimate of the same size.
  const outlined = (s: EstimateSeries) => (['claim', 'projection'].includes(s.points[0].kind) ? 1 : 0);
  return [...groups.values()].sort((a, b) => measures.indexOf(a.measure) - measures.indexOf(b.measure) || outlined(a) - outlined(b));
}

/**
 * The estimates plot in words, for readers who cannot see it: per measure, its first and latest
 * figure with party, kind where not an assessment, and date. The table lists every one.
 */
export function estimatesInWords(): string {
  const points = estimatePoints();
  const said = (p: EstimatePoint) => `${p.valueText} (${[p.partyShort, p.kind === 'assessment' ? '' : p.kindLabel, p.dateText].filter(Boolean).join(', ')})`;
  const perMeasure = measures.flatMap((m) => {
    const of = points.filter((p) => p.measure === m);
    if (!of.length) return [];
    return [`${measureLabels[m]}: ${of.length === 1 ? said(of[0]) : `${said(of[0])}, latest ${said(of.at(-1)!)}`}.`];
  });
  const parties = new Set(points.map((p) => p.partyShort)).size;
  return `Other parties’ estimates over time, ${points.length} figures from ${parties} parties. ${perMeasure.join(' ')} The chart’s data table lists each.`;
}

/** The time axis: whole months from the first estimate to the last, so ticks land on month starts. */
export function estimateDomain(): [number, number] {
  const ts = estimatePoints().map((p) => p.t);
  return [utcMonth.floor(new Date(Math.min(...ts))).getTime(), utcMonth.offset(utcMonth.floor(new Date(Math.max(...ts))), 1).getTime()];
}

/** A tick at the start of the axis's first month and of every `every`th month after it, up to its end. */
export function monthTicks(every: number): number[] {
  const [from, to] = estimateDomain();
  return utcMonth.range(new Date(from), new Date(to + 1), every).map((d) => d.getTime());
}

/** The casualty share as the dashboard states it: approximate, from two rounded figures. */
export const casualtyShareText = `≈${formatShare(casualtySharePercent)} of those sent`;

/**
 * One of the article's deployment figures as a headline bar: `tag` says what kind of figure it is and
 * who gave it; `aside`, a figure derived from it, follows its value; `source` is where the article has it, for its tooltip.
 */
type HeadlineBar = { id: string; label: string; value: number; valueText: string; kind: Figure['kind']; tag: string; aside?: string; measure: Measure | 'workers'; source: string };

export function deploymentHeadline(): HeadlineBar[] {
  // Each bar says what kind of figure it is and who gave it: the party where the article names one, else the outlet it credits, as a relay
  // (the workers' bar says what they are instead: its solid grey needs its kind named, as no legend covers the bars).
  const bar = (id: string, label: string, measure: HeadlineBar['measure'], after?: string): HeadlineBar => {
    const f = figure(id);
    const credit = after ?? f.party ?? (f.source.outlet ? `via ${f.source.outlet}` : 'article');
    return { id, label, value: f.value, valueText: withQualifier(formatCount(f.value), f.qualifier), kind: f.kind, tag: `${kindLabels[f.kind]} · ${credit}`, measure, source: articleSource(f.source) };
  };
  return [
    bar('troops-sent', 'Soldiers sent', 'troops'),
    { ...bar('troops-killed-or-injured', 'Killed or injured', 'killed-or-injured'), aside: `${casualtyShareText} (ours)` },
    bar('troops-claimed-possible', 'Could be sent', 'planned-troops'),
    bar('deminers-builders', 'Deminers, builders', 'workers', 'workers, not troops'),
  ];
}
