import { csvParseRows } from 'd3-dsv';
import type { z } from 'zod';

/** A data file as the loader sees it: its path from the project folder, which messages name, and its text. */
export type DataFile = { file: string; text: string };

/** A row schema: an object with one key per column, perhaps piped into a transform to the shape the charts use. */
type RowSchema<T> = z.ZodType<T> & ({ shape: object } | { in: { shape: object } });

/** The columns a row schema reads: the keys of its object, before any transform. */
const columnsOf = (schema: RowSchema<unknown>) => Object.keys('in' in schema ? schema.in.shape : schema.shape);

/** Each checked row with the line of the file it starts on; `problems` has one line per fault found. */
export type Table<T> = { rows: { line: number; value: T }[]; problems: string[] };

/** The line each record starts on (the header is line 1); d3-dsv keeps a quoted line break inside its field. */
function recordsByLine(text: string) {
  let line = 1;
  return csvParseRows(text).map((fields) => {
    const start = line;
    line += 1 + fields.reduce((breaks, field) => breaks + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return { line: start, fields };
  });
}

/**
 * Reads a CSV file whose header names exactly the schema's columns, checking each row against the
 * schema. A problem reads "data/x.csv line 4, column value: 'abc' is not a number".
 */
export function readTable<T>({ file, text }: DataFile, schema: RowSchema<T>): Table<T> {
  const columns = columnsOf(schema);
  // A spreadsheet may save a byte-order mark first; it is not part of the first column's name.
  const [header, ...records] = recordsByLine(text.replace(/^\ufeff/, ''));
  const names = header?.fields ?? [];
  const problems = [
    ...columns.filter((c) => !names.includes(c)).map((c) => `${file} line 1: no column ${c}`),
    ...names.filter((n) => !columns.includes(n)).map((n) => `${file} line 1: unknown column '${n}', expected only ${columns.join(', ')}`),
    ...names.filter((n, i) => names.indexOf(n) !== i).map((n) => `${file} line 1: column ${n} comes twice`),
  ];
  if (problems.length) return { rows: [], problems };
  const rows: Table<T>['rows'] = [];
  for (const { line, fields } of records) {
    if (fields.length === 1 && fields[0] === '') continue; // a blank line
    if (fields.length !== names.length) {
      problems.push(`${file} line ${line}: ${fields.length} fields where the header has ${names.length}`);
      continue;
    }
    const cells: Record<string, string> = Object.fromEntries(names.map((name, i) => [name, fields[i]]));
    const result = schema.safeParse(cells);
    if (result.success) rows.push({ line, value: result.data });
    else
      for (const issue of result.error.issues) {
        const column = String(issue.path[0]);
        problems.push(`${file} line ${line}, column ${column}: '${cells[column]}' ${issue.message}`);
      }
  }
  return { rows, problems };
}
