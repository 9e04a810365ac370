import { csvFormatRow } from 'd3-dsv';

/**
 * RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, and each
 * record ends in CRLF, as spreadsheets expect (d3-dsv joins rows with a bare LF, so we join them).
 */
export function toCsv(rows: (string | number | null)[][]): string {
  return rows.map((row) => `${csvFormatRow(row.map((value) => String(value ?? '')))}\r\n`).join('');
}
