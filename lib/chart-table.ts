import { metrics, type Direction, type Figure, type Qualifier } from '@/data';
import { estimatePoints, measureLabels } from './casualties-series';
import { derivationText, derivations } from './derived';
import { articleRef, figure, partyAsRecorded, readerNote } from './figures';
import { directionLabels, flowKindLabels } from './flow-layout';
import { formatDay, formatFigure, kindLabels, qualifierWord } from './format';
import { tradePoints } from './trade-series';

/**
 * Each chart's data as a table: what the Table tab shows and what CSV and JSON exports hold.
 * `value` is the raw number in base units; `shown` is how the chart prints it, hedge included.
 */
export type TableRow = {
  id: string;
  label: string;
  /** ISO 8601, for a spreadsheet: a day, month or year, or a span (`2025-01/2025-02`) where the source gives one. */
  date: string;
  value: number | null;
  unit: string;
  qualifier: string;
  shown: string;
  kind: string;
  source: string;
  reportedBy: string;
  url: string;
  note: string;
};

export const tableColumns: { key: keyof TableRow; label: string }[] = [
  { key: 'label', label: 'What' },
  { key: 'date', label: 'Date' },
  { key: 'shown', label: 'Figure' },
  { key: 'value', label: 'Value' },
  { key: 'unit', label: 'Unit' },
  { key: 'qualifier', label: 'Qualifier' },
  { key: 'kind', label: 'Kind' },
  { key: 'source', label: 'Source' },
  { key: 'reportedBy', label: 'Reported by' },
  { key: 'url', label: 'Address' },
  { key: 'note', label: 'Note' },
];

/** The table's citation of the article, by its publisher's name: "Geopolitiks article, section “…”". */
const articleCitation = (source: Figure['source']) => `${metrics.article.publisher} article, ${articleRef(source)}`;

/** A source that gives a bare number gives no qualifier; "exact" would claim a precision it never stated. */
const qualifierShown = (q: Qualifier) => qualifierWord(q) || 'none';

/**
 * A row's note: what its source or we say of it, and any number we computed from it, with how. A note
 * recorded as a fragment ("the aide called it…") becomes a sentence where another follows it.
 */
function noteOf(id: string, ...notes: (string | undefined)[]): string {
  const parts = [...notes, ...derivations.filter((d) => d.row === id).map(derivationText)].filter((n): n is string => !!n);
  if (parts.length < 2) return parts.join('');
  return parts.map((n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}${n.endsWith('.') ? '' : '.'}`).join(' ');
}

const articleRow = (id: string): TableRow => {
  const f = figure(id);
  return {
    id,
    label: f.label,
    date: f.undated ? '' : f.date,
    value: f.value,
    unit: f.unit,
    qualifier: qualifierShown(f.qualifier),
    shown: formatFigure(f),
    kind: kindLabels[f.kind],
    // Who made a claim the article reports leads its source, as another party's name leads theirs.
    source: f.party ? `${f.party}, in the ${articleCitation(f.source)}` : articleCitation(f.source),
    reportedBy: f.source.outlet ?? metrics.article.publisher,
    url: '',
    note: noteOf(id, f.undated ? 'The article gives no date for this figure.' : '', f.note),
  };
};

const contextRow = (id: string, label: string): TableRow => {
  const c = metrics.context.find((x) => x.id === id)!;
  return {
    id,
    label,
    date: c.period ?? c.asOf,
    value: c.value,
    unit: c.unit,
    qualifier: qualifierShown(c.qualifier),
    shown: formatFigure(c),
    kind: kindLabels[c.kind],
    source: partyAsRecorded(c),
    reportedBy: `${c.reportedBy}, ${formatDay(c.published)}`,
    url: c.url,
    note: noteOf(id, readerNote(c)),
  };
};

/**
 * What decides whether the Table tab lists a row, as the chart would draw it: another party's figure
 * goes with the setting that hides them, a flow with the direction shown (components/TableView.tsx).
 */
export const rowScope = (row: TableRow): { other: boolean; direction?: Direction } => {
  const flow = metrics.flows.find((f) => f.id === row.id);
  return flow ? { other: false, direction: flow.direction } : { other: metrics.context.some((c) => c.id === row.id) };
};

/** The trade chart's rows: one a year that some source reports, the article's or another party's. */
export const tradeTable = (): TableRow[] =>
  tradePoints().map((p) => (p.origin === 'article' ? articleRow(p.id) : contextRow(p.id, `Russia–North Korea trade, ${p.year}`)));

/** The casualties chart's rows: the article's troop figures, then every other party's estimate. */
export const casualtiesTable = (): TableRow[] => [
  ...['troops-sent', 'troops-killed-or-injured', 'troops-claimed-possible', 'deminers-builders'].map((id) => articleRow(id)),
  ...estimatePoints().map((p) => contextRow(p.id, `${measureLabels[p.measure]} · ${p.partyShort}`)),
];

/** The flow diagram's rows: one an item, with its figures where the article sizes it. */
export const flowsTable = (): TableRow[] =>
  metrics.flows.map((f) => {
    // Value, unit and kind columns mean what they mean in the other charts' tables: the figure's, where
    // the item has one; the flow's own category goes into its label.
    const sole = f.figureIds.length === 1 ? figure(f.figureIds[0]) : null;
    return {
      id: f.id,
      label: `${directionLabels[f.direction].title} · ${flowKindLabels[f.kind]}: ${f.label}`,
      date: sole && !sole.undated ? sole.date : '',
      value: sole?.value ?? null,
      unit: sole?.unit ?? '',
      // A flow the article sizes carries its figures' qualifiers, as the other charts' rows do.
      qualifier: f.figureIds.map((id) => qualifierShown(figure(id).qualifier)).join(', '),
      shown: f.figureIds.map((id) => formatFigure(figure(id))).join(', ') || 'not sized',
      kind: sole ? kindLabels[sole.kind] : '',
      source: articleCitation(f.source),
      reportedBy: f.source.outlet ?? metrics.article.publisher,
      url: '',
      note: f.detail,
    };
  });
