import { ContextFigureSchema, PartySchema, type ContextFigure } from './csv-schema';
import { figures } from './figures';
import { readTable, type DataFile, type Table } from './csv-table';
import { MetricsError } from './load';

/** The data kept as CSV: who gives figures, and the figures other parties reported. */
export type DataFiles = { parties: DataFile; otherSources: DataFile };

/** An id used by an earlier row of the same file: "'x' is already the id on line 3". */
function repeatedIds(file: string, { rows }: Table<{ id: string }>): string[] {
  const firstLine = new Map<string, number>();
  return rows.flatMap(({ line, value: { id } }) => {
    const first = firstLine.get(id);
    if (first === undefined) firstLine.set(id, line);
    return first === undefined ? [] : [`${file} line ${line}, column id: '${id}' is already the id on line ${first}`];
  });
}

/**
 * A trade figure for a year that already has one, from the article or an earlier row: the trade chart
 * draws one figure a year, so the second would be hidden rather than drawn.
 */
function repeatedTradeYears(file: string, { rows }: Table<ContextFigure>): string[] {
  const taken = new Map<string, string>(figures.filter((f) => f.id.startsWith('trade-')).map((f) => [f.date, 'the article']));
  return rows.flatMap(({ line, value: { topic, asOf } }) => {
    if (topic !== 'trade') return [];
    const first = taken.get(asOf);
    if (first === undefined) taken.set(asOf, `line ${line}`);
    return first === undefined ? [] : [`${file} line ${line}, column as_of: '${asOf}' already has a trade figure, from ${first}; the trade chart draws one figure a year`];
  });
}

/**
 * Checks both files, each row and across rows (ids unique, one trade figure a year, every party_id a party), and throws one
 * MetricsError listing every problem, one a line, so a build or `npm run data:check` shows them all at once.
 */
export function loadTables({ parties, otherSources }: DataFiles) {
  const partyTable = readTable(parties, PartySchema);
  const contextTable = readTable(otherSources, ContextFigureSchema);
  const partyIds = new Set(partyTable.rows.map((r) => r.value.id));
  const problems = [
    ...partyTable.problems,
    ...repeatedIds(parties.file, partyTable),
    ...contextTable.problems,
    ...repeatedIds(otherSources.file, contextTable),
    ...repeatedTradeYears(otherSources.file, contextTable),
    ...contextTable.rows
      .filter((r) => !partyIds.has(r.value.partyId))
      .map((r) => `${otherSources.file} line ${r.line}, column party_id: '${r.value.partyId}' is not an id in ${parties.file}`),
  ];
  if (!problems.length && !contextTable.rows.length) problems.push(`${otherSources.file}: no figures, expected one row a figure under the header`);
  if (problems.length) throw new MetricsError(problems.join('\n'));
  return { parties: partyTable.rows.map((r) => r.value), context: contextTable.rows.map((r) => r.value) };
}
