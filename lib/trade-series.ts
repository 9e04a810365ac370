import { range } from 'd3-array';
import type { Kind, Qualifier } from '@/data';
import { tradeGrowthMultiple, tradeJump2023Multiple } from './derived';
import { articleSource, contextFor, figure, party, partyAsRecorded, readerNote } from './figures';
import { formatMoney, formatMultiple, kindLabels, withQualifier } from './format';

/** Every year from the first any source reports to the last, so a year nobody reports keeps its empty slot. */
function tradeYears(): number[] {
  const years = tradePoints().map((p) => p.year);
  return range(Math.min(...years), Math.max(...years) + 1);
}

/** The years the chart spans, as its title gives them: "2018–2025". */
export const tradeSpan = () => `${tradeYears()[0]}–${tradeYears().at(-1)}`;

/** One bar of the trade chart: a single reported value for a year, never an interpolated one. */
export type TradePoint = {
  /** The figure's id in data/, article or context. */
  id: string;
  year: number;
  /** USD millions, or null where no one reports the year (or the context is hidden). */
  valueM: number | null;
  valueText: string;
  qualifier: Qualifier;
  kind: Kind;
  kindLabel: string;
  origin: 'article' | 'context';
  /** Short name under the bar; full credit in the tooltip and table. */
  sourceShort: string;
  sourceFull: string;
  note: string;
  /** Growth on 2022 where it helps the reader, e.g. "×13.9". */
  multiple: string | null;
  /** The multiple in words for the tooltip, saying when it sets two sources against each other. */
  multipleSaid: string | null;
};

/**
 * `source`: what reads under the year: who gives the figure, "hidden" where another party reports
 * the year but the reader has turned other parties' figures off, null where no one reports it.
 */
export type TradeRow = { year: string; point: TradePoint | null; valueM: number | null; source: string | null };

/** A value's multiple of the article's 2022 figure, as the bar shows it and as the tooltip says it: always ours, as no source gives one. */
const multipleOf2022 = (multiple: number | null, whose = 'our calculation') =>
  multiple === null ? { multiple: null, multipleSaid: null } : { multiple: formatMultiple(multiple), multipleSaid: `${formatMultiple(multiple)} the article’s 2022 figure, ${whose}` };

const articlePoint = (id: string, multiple: number | null): TradePoint => {
  const f = figure(id);
  return {
    id,
    year: Number(f.date),
    valueM: f.value / 1e6,
    valueText: formatMoney(f.value),
    qualifier: f.qualifier,
    kind: f.kind,
    kindLabel: kindLabels[f.kind],
    origin: 'article',
    sourceShort: 'article',
    sourceFull: articleSource(f.source),
    note: '',
    ...multipleOf2022(multiple),
  };
};

export function tradePoints(): TradePoint[] {
  const context = contextFor('trade').map<TradePoint>((c) => ({
    id: c.id,
    year: Number(c.asOf),
    valueM: c.value / 1e6,
    valueText: formatMoney(c.value),
    qualifier: c.qualifier,
    kind: c.kind,
    kindLabel: kindLabels[c.kind],
    origin: 'context',
    sourceShort: party(c.partyId).short,
    sourceFull: `${partyAsRecorded(c)}, reported by ${c.reportedBy}`,
    note: readerNote(c),
    ...multipleOf2022(c.asOf === '2023' ? tradeJump2023Multiple : null, 'our calculation across two sources'),
  }));
  return [articlePoint('trade-2022', null), articlePoint('trade-2025', tradeGrowthMultiple), ...context].sort(
    (a, b) => a.year - b.year,
  );
}

/** One row per year in order; a year without a shown figure keeps its place as an empty slot. */
export function tradeRows(showContext: boolean): TradeRow[] {
  const all = tradePoints();
  const points = all.filter((p) => showContext || p.origin === 'article');
  return tradeYears().map((year) => {
    const point = points.find((p) => p.year === year) ?? null;
    const source = point?.sourceShort ?? (all.some((p) => p.year === year) ? 'hidden' : null);
    return { year: String(year), point, valueM: point?.valueM ?? null, source };
  });
}

/** The largest value any source gives, in USD millions: the axis reaches past it. */
export const tradeMaxM = () => Math.max(...tradePoints().map((p) => p.valueM ?? 0));

/** Runs of consecutive years no source reports, e.g. [[2020, 2021]]. */
export function unreportedYears(): [number, number][] {
  const reported = new Set(tradePoints().map((p) => p.year));
  const runs: [number, number][] = [];
  for (const year of tradeYears()) {
    if (reported.has(year)) continue;
    const last = runs.at(-1);
    if (last && last[1] === year - 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs;
}

export const qualified = (p: TradePoint) => withQualifier(p.valueText, p.qualifier);
