import { metrics } from '@/data';
import { casualtiesHeight } from './casualties-layout';
import { tradeSize, type Layout } from './chart-size';
import { casualtiesTable, flowsTable, tradeTable, type TableRow } from './chart-table';
import { namesOtherParties, othersSetting, showsContext, type ChartId, type ChartState } from './chart-state';
import type { ChartNote } from './chart-notes';
import { casualtySharePercent, tradeGrowthMultiple } from './derived';
import { contextFigure, figure, party } from './figures';
import { layoutFlows, shownDirections } from './flow-layout';
import { formatFigure, formatShare } from './format';
import { tradeSpan } from './trade-series';
import { allStates } from './views';

/**
 * Everything the server knows of each chart but its drawing (components/charts/registry.tsx) and
 * its options (lib/chart-state.ts, which the browser reads too): the words around it, its table,
 * its size, its file names. All numbers come from data/ or derived.ts.
 */
type ChartMeta<C extends ChartId = ChartId> = {
  id: C;
  title: string;
  /**
   * The finding in words: what the article's own figures show, then what other parties add. Where a
   * setting leaves part of the chart out (the flows' direction), `follows` gives the finding for each of
   * its other values, which names only what is drawn.
   */
  takeaway: { finding: string; others?: string; follows?: { field: string; findings: Record<string, string> } };
  notes: ChartNote[];
  /** Outlets the article credits for the figures this chart uses. */
  articleOutlets: string[];
  /** Party ids of the other sources drawn. */
  contextParties: string[];
  fileBase: string;
  /** Parts of a state that change what is drawn, for file names: empty ones are left out. */
  fileSuffix(state: ChartState<C>): string[];
  /** Ids of the derived numbers (lib/derived.ts) its words use, which the Sources tab explains. */
  derived: string[];
  /** Its rows: the Table tab and the CSV and JSON downloads. */
  table: () => TableRow[];
  /** How tall it draws in a state, from the same geometry its drawing uses. */
  height(state: ChartState<C>, layout: Layout): number;
  /**
   * Where the outlets the article credits depend on what a view draws (one direction of the flows
   * may draw none of them): the state's fields they follow, and the outlets a view draws.
   */
  outletsFollow?: { fields: string[]; drawn(state: ChartState<C>): string[] };
  /**
   * How the keyboard reaches its marks' tooltips: `items`, where its drawing's marks take focus
   * themselves (the flow items); else the chart is one Tab stop whose arrow keys step through its marks.
   */
  keyboard?: 'items';
};

const contextPartiesOf = (topics: string[]) => [
  ...new Set(metrics.context.filter((c) => topics.includes(c.topic)).map((c) => c.partyId)),
];

/** Another party's figure in words, credited to its party by the name the charts label it with. */
const estimateBy = (id: string, what: string) => `${formatFigure(contextFigure(id))} ${what} (${party(contextFigure(id).partyId).short})`;

const entries = {
  trade: {
    id: 'trade',
    title: `Russia–North Korea trade, ${tradeSpan()}`,
    takeaway: {
      finding: `From the article’s figures, trade in 2025 was ${tradeGrowthMultiple.toFixed(1)} times that of 2022 by our calculation, ${formatFigure(figure('trade-2025'))} against ${formatFigure(figure('trade-2022'))}`,
      others: `Russian statistics already put 2023 at ${formatFigure(contextFigure('trade-2023-ru-aide'))}`,
    },
    notes: [
      { text: 'Marks in the accent colour are the article’s figures; the others are context from other parties, drawn by kind: solid for official Russian statistics, hollow for mirror statistics and industry estimates.', withContext: true, drawing: true },
      { text: 'No figures for 2020 or 2021 in these sources: those years are left empty, not filled in.' },
      { text: figure('trade-2025').note! },
      { text: 'A × beside a value is its multiple of the article’s 2022 figure, worked out by us from the two figures.', drawing: true },
      { text: 'The 2024 figure is an industry estimate that leaves out military transfers; sources measure trade differently, so compare years with care.', withContext: true },
      { text: 'Years marked “hidden” have figures from other parties, not shown in this view.', withContext: false, drawing: true },
    ],
    articleOutlets: [],
    contextParties: contextPartiesOf(['trade']),
    fileBase: `russia-nk-trade-${tradeSpan().replace('–', '-')}`,
    fileSuffix: (s) => [s.scale === 'log' ? 'log' : '', s.context === 'off' ? 'article-only' : ''],
    derived: ['trade-growth', 'trade-jump-2023'],
    table: tradeTable,
    height: (_, layout) => tradeSize[layout].height,
  },
  casualties: {
    id: 'casualties',
    title: 'North Korean troops in Russia’s war: sent and lost',
    takeaway: {
      finding: `The article puts North Korea’s deployment at ${formatFigure(figure('troops-sent'))} soldiers with ${formatFigure(figure('troops-killed-or-injured'))} killed or injured, roughly ${formatShare(casualtySharePercent)} of them by our calculation`,
      others: `later estimates put ${estimateBy('troops-2025-04-30-nis', 'in two deployments')} and ${estimateBy('killed-or-injured-2025-06-15-uk-di', 'of the first sent killed or injured')}`,
    },
    notes: [
      { text: 'Killed, injured, killed-or-injured and all-casualty counts are different measures: they are drawn as separate series and never added together.', withContext: true },
      { text: `The ${formatFigure(figure('troops-claimed-possible'))} is a claim by ${figure('troops-claimed-possible').party}, not a count, so it is drawn in outline.` },
      { text: 'Each mark is one figure as published; none are joined, as a line would suggest values for dates its party gave none.', withContext: true, drawing: true },
      { text: `The share killed or injured (≈${formatShare(casualtySharePercent)}) is our calculation from the article’s two figures, and only approximate: both are rounded.` },
      { text: 'The article credits its two troop figures to BBC News; they are estimates, not counts, so they are drawn as assessments.' },
      { text: `The BBC report they match gives them as Western officials’ estimates, and counts its figure of ${formatFigure(contextFigure('casualties-2025-01-15-western'))} as all casualties, including missing and captured, where the article says killed or injured.`, withContext: true },
      { text: 'The BBC’s count is drawn as it gives it, as all casualties: the solid grey cross labelled West (BBC).', withContext: true, drawing: true },
      { text: `Some of the other parties’ estimates, hidden here, count a figure of ${formatFigure(figure('troops-killed-or-injured'))} more widely than the article’s killed or injured; the view with them shown sets them side by side.`, withContext: false },
    ],
    articleOutlets: ['BBC News'],
    contextParties: contextPartiesOf(['deployment', 'casualties']),
    fileBase: 'north-korean-troops-sent-and-lost',
    fileSuffix: (s) => [s.estimates === 'off' ? 'article-only' : ''],
    derived: ['casualty-share'],
    table: casualtiesTable,
    height: (s, layout) => casualtiesHeight(layout, s.estimates === 'on'),
  },
  flows: {
    id: 'flows',
    title: 'Arms for technology: what North Korea and Russia exchange',
    takeaway: {
      finding: 'North Korea sends munitions, soldiers and workers; Russia pays back in military technology, fuel, food, money and cover at the UN',
      follows: {
        field: 'direction',
        findings: {
          'nk-to-ru': 'North Korea sends Russia munitions, soldiers and workers, and backs its war',
          'ru-to-nk': 'Russia gives North Korea military technology, fuel, food, money and cover at the UN',
        },
      },
    },
    notes: [{ text: 'Items are grouped by kind; figures appear only where the article gives one.' }],
    articleOutlets: ['BBC News'],
    contextParties: [],
    fileBase: 'russia-nk-arms-for-technology',
    fileSuffix: (s) => [s.direction !== 'both' ? s.direction : '', s.highlight !== 'all' ? s.highlight : ''],
    derived: [],
    table: flowsTable,
    height: (s, layout) => layoutFlows(layout, shownDirections(s.direction)).height,
    keyboard: 'items',
    outletsFollow: {
      fields: ['tab', 'direction'],
      drawn: (s) => metrics.flows.filter((f) => shownDirections(s.direction).includes(f.direction)).flatMap((f) => f.source.outlet ?? []),
    },
  },
} satisfies { [C in ChartId]: ChartMeta<C> };

/** Each chart by id (methods read each chart's own state: a ChartMeta is called with its own chart's). */
export const charts: Record<ChartId, ChartMeta> = entries;

/**
 * The takeaway as one sentence. What other parties add is said only while their figures are
 * drawn, as the source line credits them only then: the words never cite a source the view hides.
 */
export function takeawayText(meta: ChartMeta, includeContext = true, state?: ChartState): string {
  const { others, follows } = meta.takeaway;
  const finding = (follows && state && follows.findings[(state as Record<string, string>)[follows.field]]) || meta.takeaway.finding;
  return includeContext && others ? `${finding}; ${others}.` : `${finding}.`;
}

/** The takeaway of a view, as its page, pictures, preview and embed say it. */
export const viewTakeaway = (meta: ChartMeta, state: ChartState) => takeawayText(meta, showsContext(state), state);

/**
 * Every takeaway a chart's page can show, by the values of the settings it follows (the one that hides
 * other parties' figures, a `follows` field) joined with a space: the page swaps between them as they change.
 */
export function takeawayParts(chart: ChartId): { fields: string[]; parts: Record<string, string> } {
  const meta = charts[chart];
  const fields = [othersSetting[chart], meta.takeaway.follows?.field].filter((f): f is string => f !== undefined);
  const parts = Object.fromEntries(allStates(chart, fields).map((s) => [fields.map((f) => (s as Record<string, string>)[f]).join(' '), viewTakeaway(meta, s)]));
  return { fields, parts };
}

/**
 * The outlets the article credits for what a view shows: one direction of the flows may draw none
 * of them. The table lists what the chart draws; the sources tab lists every source, and a state-less
 * use (a data download) holds every row, so those cite all.
 */
function articleOutletsDrawn(meta: ChartMeta, state?: ChartState): string[] {
  if (!meta.outletsFollow || !state || state.tab === 'sources') return meta.articleOutlets;
  const drawn = meta.outletsFollow.drawn(state);
  return meta.articleOutlets.filter((outlet) => drawn.includes(outlet));
}

/**
 * For a page, whose state changes in the browser: where the outlets cited follow fields of the
 * state, those fields and the credit for each combination of their values, keyed by the values
 * joined with a space (the server prepares each). Else null.
 */
export function citingByState(meta: ChartMeta): { fields: string[]; parts: Record<string, string> } | null {
  if (!meta.outletsFollow) return null;
  const { fields } = meta.outletsFollow;
  const key = (state: ChartState) => fields.map((f) => (state as Record<string, string>)[f]).join(' ');
  return { fields, parts: Object.fromEntries(allStates(meta.id, fields).map((state) => [key(state), citing(articleOutletsDrawn(meta, state))])) };
}

/** The source line's credit to the article, and, in brackets, to the outlets it credits. */
export const articleCredit = () => `Source: ${metrics.article.publisher}, “${metrics.article.title}”`;
export const citing = (outlets: string[]) => (outlets.length ? ` (${outlets.join(', ')})` : '');

/**
 * "Source: <publisher>, “<title>” (<outlets it credits>); <other parties>" (design.md, a chart frame's
 * item 5), naming only the sources a state draws. Without a state (a data download, which holds every row), all of them.
 */
export function sourceLine(meta: ChartMeta, state?: ChartState): string {
  const others = !state || namesOtherParties(state) ? meta.contextParties.map((id) => party(id).short) : [];
  return `${articleCredit()}${citing(articleOutletsDrawn(meta, state))}${others.length ? `; ${others.join(', ')}` : ''}`;
}

/** Whether a chart is one Tab stop whose arrow keys step through its marks: where they take no focus themselves. */
export const stepsThroughMarks = (chart: ChartId) => charts[chart].keyboard !== 'items';
