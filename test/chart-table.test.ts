import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { kindLabels } from '@/lib/format';
import { describe, expect, it } from 'vitest';
import { metrics } from '@/data';
import { charts } from '@/lib/charts';
import { chartIds } from '@/lib/chart-state';

describe('chart tables', () => {
  it.each(chartIds)('%s: every row names its source, every context row its address', (chart) => {
    const contextIds = new Set(metrics.context.map((c) => c.id));
    for (const row of charts[chart].table()) {
      expect(row.source, row.id).not.toBe('');
      if (contextIds.has(row.id)) expect(row.url, row.id).toMatch(/^https?:\/\//);
    }
  });

  it('names another party in the recorded words, relay included, as the CSV gives them', () => {
    const rows = [...charts.trade.table(), ...charts.casualties.table()];
    const csv = csvParse(readFileSync('data/other-sources.csv', 'utf8'));
    expect(csv.length).toBe(metrics.context.length);
    for (const row of csv) {
      const shown = rows.find((r) => r.id === row.id);
      expect(shown?.source.replace(/’/g, "'"), `${row.id}`).toBe(row.party);
    }
  });

  it.each(chartIds)('%s: the Kind column holds a kind of figure only, and who made a claim the article reports is its source', (chart) => {
    for (const row of charts[chart].table()) expect(['', ...Object.values(kindLabels)], row.id).toContain(row.kind);
    for (const f of metrics.figures.filter((x) => x.party)) {
      const row = charts[chart].table().find((r) => r.id === f.id);
      if (row) expect(row.source, f.id).toMatch(new RegExp(`^${f.party}, `));
    }
  });

  it('never shows a date the article does not give', () => {
    const rows = charts.casualties.table();
    const undated = metrics.figures.filter((f) => f.undated).map((f) => f.id);
    const shown = rows.filter((r) => undated.includes(r.id));
    expect(shown.map((r) => r.id)).toEqual(['troops-killed-or-injured', 'troops-claimed-possible', 'deminers-builders']);
    for (const row of shown) {
      expect(row.date).toBe('');
      expect(row.note).toContain('no date');
    }
    expect(rows.find((r) => r.id === 'troops-sent')?.date).toBe('2024');
  });

  it('a sized flow shows its figures’ qualifiers, as every other row does', () => {
    for (const flow of metrics.flows.filter((f) => f.figureIds.length)) {
      const row = charts.flows.table().find((r) => r.id === flow.id)!;
      const qualifiers = flow.figureIds.map((id) => metrics.figures.find((f) => f.id === id)!.qualifier);
      expect(row.qualifier, flow.id).not.toBe('');
      for (const q of qualifiers.filter((q) => q !== 'exact')) expect(row.qualifier, flow.id).toContain(q);
      // Value and unit read as in the other tables: the figure's own, for a spreadsheet to sum or sort.
      if (flow.figureIds.length === 1) {
        const f = metrics.figures.find((x) => x.id === flow.figureIds[0])!;
        expect([row.value, row.unit], flow.id).toEqual([f.value, f.unit]);
      }
    }
  });
});
