import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '@/lib/csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and reads them back', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quote"', 'two\nlines', 'cr\r\nlf'],
      [1, 2.5, null, '', '"'],
    ];
    const text = toCsv(rows);
    expect(text).toBe('plain,"with, comma","with ""quote""","two\nlines","cr\r\nlf"\r\n1,2.5,,,""""\r\n');
    expect(parseCsv(text)).toEqual(rows.map((r) => r.map((v) => (v === null ? '' : String(v)))));
  });

  it('reads a file without a final line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
