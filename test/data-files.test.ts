import { readFileSync } from 'node:fs';
import { csvFormatRows, csvParse, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { metrics } from '@/data';
import { readDataFile } from '@/data/files';
import { MetricsError } from '@/data/load';
import { loadTables } from '@/data/load-tables';

const otherSources = readFileSync('data/other-sources.csv', 'utf8');
const parties = readDataFile('data/parties.csv');

/** The problems loadTables reports for these files, one a line. */
function problems(files: Partial<Parameters<typeof loadTables>[0]>): string {
  try {
    loadTables({ parties, otherSources: { file: 'data/other-sources.csv', text: otherSources }, ...files });
    return 'no problem found';
  } catch (error) {
    if (error instanceof MetricsError) return error.message;
    throw error;
  }
}

/** data/other-sources.csv with cells changed, each given as [line (the header is line 1), column, value]. */
function edited(...cells: [number, string, string][]): string {
  const rows = csvParseRows(otherSources);
  for (const [line, column, value] of cells) rows[line - 1][rows[0].indexOf(column)] = value;
  return csvFormatRows(rows);
}

describe('data/other-sources.csv', () => {
  it('every row reaches metrics.context, in order, with its values', () => {
    const rows = csvParse(otherSources);
    expect(metrics.context.map((c) => c.id)).toEqual(rows.map((r) => r.id));
    rows.forEach((row, i) => {
      const millions = row.unit === 'USD million';
      expect(metrics.context[i], row.id).toEqual({
        id: row.id,
        topic: row.topic,
        measure: row.measure,
        series: row.series,
        asOf: row.as_of,
        period: row.period || undefined,
        value: millions ? Math.round(Number(row.value) * 1e6) : Number(row.value),
        unit: millions ? 'USD' : row.unit,
        qualifier: row.qualifier,
        kind: row.kind,
        party: row.party,
        partyId: row.party_id,
        reportedBy: row.reported_by,
        published: row.published,
        url: row.url,
        note: row.note,
        readerNote: row.reader_note || undefined,
      });
    });
  });

  it('turns USD million into US dollars without floating-point residue', () => {
    expect(metrics.context.find((c) => c.id === 'trade-2019-itc')?.value).toBe(47_900_000);
    // 1.001 * 1e6 is 1000999.9999999999 in floating point.
    const { context } = loadTables({ parties, otherSources: { file: 'x.csv', text: edited([2, 'value', '1.001']) } });
    expect(context[0].value).toBe(1_001_000);
  });
});

describe('a corrupted data file is named by file, line, column and value', () => {
  it.each([
    ['non-number', "line 4, column value: 'abc' is not a number"],
    ['unknown-qualifier', "line 4, column qualifier: 'roughly' is not a qualifier, expected one of: exact, about, over, up to, nearly, at least"],
    ['bad-date', "line 3, column as_of: '19/12/2024' is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD\ntest/fixtures/bad-date.csv line 4, column published: '2025-02-29' is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD"],
    ['missing-party', "line 4, column party: '' is empty, expected who gave the figure, as the report names them"],
    ['duplicate-id', "line 4, column id: 'trade-2018-ru-aide' is already the id on line 2"],
    ['bad-url', "line 4, column url: 'www.donga.com/en/article/all/20250617/5666191/1' is not a web address, expected one starting http:// or https://"],
    ['unknown-party-id', "line 4, column party_id: 'nsa' is not an id in data/parties.csv"],
    ['trade-same-year', "line 4, column as_of: '2018' already has a trade figure, from line 2; the trade chart draws one figure a year\ntest/fixtures/trade-same-year.csv line 5, column as_of: '2022' already has a trade figure, from the article; the trade chart draws one figure a year"],
    ['trade-not-a-year', "line 3, column as_of: '2023-06' is not a year, expected YYYY: the trade chart draws one figure a year"],
    // The first row's reader note spans lines 2 and 3, so the next row starts on line 4.
    ['line-break-in-note', "line 4, column value: '10,000' is not a number"],
  ])('test/fixtures/%s.csv', (name, message) => {
    const file = `test/fixtures/${name}.csv`;
    expect(problems({ otherSources: readDataFile(file) })).toBe(`${file} ${message}`);
  });

  it('a missing or unknown column, before any row', () => {
    const text = otherSources.replace(',reader_note\n', ',reader_notes\n');
    expect(problems({ otherSources: { file: 'x.csv', text } })).toBe(
      "x.csv line 1: no column reader_note\nx.csv line 1: unknown column 'reader_notes', expected only id, topic, measure, as_of, value, value_high, unit, qualifier, party, reported_by, published, url, note, series, kind, party_id, period, reader_note",
    );
  });

  it('a column named twice', () => {
    const text = otherSources.replace(',reader_note\n', ',note\n');
    expect(problems({ otherSources: { file: 'x.csv', text } })).toBe('x.csv line 1: no column reader_note\nx.csv line 1: column note comes twice');
  });

  it('a blank line is skipped, but counted', () => {
    const lines = edited([3, 'value', 'n/a']).split('\n');
    lines.splice(2, 0, '');
    expect(problems({ otherSources: { file: 'x.csv', text: lines.join('\n') } })).toBe("x.csv line 4, column value: 'n/a' is not a number");
  });

  it('a row with too few fields', () => {
    const lines = otherSources.split('\n');
    lines[5] = lines[5].slice(0, lines[5].lastIndexOf(','));
    expect(problems({ otherSources: { file: 'x.csv', text: lines.join('\n') } })).toBe('x.csv line 6: 17 fields where the header has 18');
  });

  it('cells that disagree with each other', () => {
    const text = edited([3, 'series', 'killed'], [6, 'published', '2024-12-01']);
    expect(problems({ otherSources: { file: 'x.csv', text } })).toBe(
      "x.csv line 3, column series: 'killed' is not a series of topic trade, expected trade\nx.csv line 6, column published: '2024-12-01' is before as_of 2024-12-19, and a report cannot come before what it reports",
    );
  });

  it('a party id used twice, and a short name too long for a chart label', () => {
    const text = `${parties.text}nis,${'N'.repeat(17)},Another service\n`;
    expect(problems({ parties: { file: 'p.csv', text } })).toBe(
      `p.csv line 11, column short: '${'N'.repeat(17)}' is longer than 16 characters, which the chart labels have room for`,
    );
    expect(problems({ parties: { file: 'p.csv', text: `${parties.text}nis,NIS 2,Another service\n` } })).toBe("p.csv line 11, column id: 'nis' is already the id on line 6");
  });
});
