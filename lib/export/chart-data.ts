import { metrics } from '@/data';
import { charts, sourceLine } from '../charts';
import { defaultState, type ChartId } from '../chart-state';
import { chartPath } from '../chart-url';
import { notesFor } from '../chart-notes';
import { tableColumns } from '../chart-table';
import { derivations } from '../derived';
import { toCsv } from '../csv';
import { siteUrl } from '../site';

/**
 * A chart's table as CSV: every row, whatever a view hides, with its hedge and source, and on each
 * row the data version and "figures as of" (a CSV has no place for them but its columns).
 */
export function tableCsv(chart: ChartId): string {
  const header = ['id', ...tableColumns.map((c) => c.label), 'Data version', 'Figures as of'];
  const stamp = [metrics.version, metrics.asOf];
  // The byte-order mark tells spreadsheets the file is UTF-8, so ’ – → × are not garbled.
  return `\ufeff${toCsv([header, ...charts[chart].table().map((row) => [row.id, ...tableColumns.map((c) => row[c.key]), ...stamp])])}`;
}

/**
 * The same rows as JSON, with the chart's title, its source line and notes (naming every source and
 * figure, as the rows hold them all), the numbers we computed and how, and its link.
 */
export function tableJson(chart: ChartId): string {
  const meta = charts[chart];
  const data = {
    chart,
    title: meta.title,
    sourceLine: sourceLine(meta),
    notes: notesFor(meta.notes, { ...defaultState(chart), tab: 'sources' }),
    computed: derivations.filter((d) => meta.derived.includes(d.id)),
    link: siteUrl(chartPath(chart, defaultState(chart))),
    dataVersion: metrics.version,
    figuresAsOf: metrics.asOf,
    rows: charts[chart].table(),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
