import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { metrics } from '@/data';
import { csvParse } from 'd3-dsv';

// The CSV is the record the typed copy in data/context.ts was made from; the two must agree row by row.
const rows = csvParse(readFileSync(new URL('../../shared/source/other-sources.csv', import.meta.url), 'utf8'));

describe('data/context.ts against shared/source/other-sources.csv', () => {
  it('has one entry per row, in order', () => {
    expect(metrics.context.length).toBe(rows.length);
  });

  it.each(rows.map((row, i) => [i, row] as const))('row %i matches', (i, row) => {
    const c = metrics.context[i];
    const scale = row.unit === 'USD million' ? 1e6 : 1;
    expect({
      topic: c.topic,
      measure: c.measure,
      asOf: c.asOf,
      value: c.value,
      qualifier: c.qualifier,
      party: c.party,
      reportedBy: c.reportedBy,
      published: c.published,
      url: c.url,
      note: c.note,
    }).toEqual({
      topic: row.topic,
      measure: row.measure,
      asOf: row.as_of,
      value: Math.round(Number(row.value) * scale),
      qualifier: row.qualifier,
      party: row.party,
      reportedBy: row.reported_by,
      published: row.published,
      url: row.url,
      note: row.note,
    });
    expect(row.value_high).toBe('');
  });
});
