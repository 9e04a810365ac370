import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, ends every record in CRLF, and reads back', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quote"', 'two\nlines', 'cr\r\nlf'],
      [1, 2.5, null, '', '"'],
    ];
    const text = toCsv(rows);
    expect(text).toBe('plain,"with, comma","with ""quote""","two\nlines","cr\r\nlf"\r\n1,2.5,,,""""\r\n');
    expect(csvParseRows(text)).toEqual(rows.map((r) => r.map((v) => (v === null ? '' : String(v)))));
  });
});
