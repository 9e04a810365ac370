import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { figure } from '@/lib/figures';
import { tableCsv, tableJson } from '@/lib/export/chart-data';

const csvRows = (chart: 'trade' | 'casualties') => new Map(csvParse(tableCsv(chart).slice(1)).map((r) => [r.id, r]));

describe('the data files keep what the chart says of its figures', () => {
  it('a figure’s caveat and the number we computed beside it travel in its row’s note', () => {
    const trade = csvRows('trade');
    expect(trade.get('trade-2025')!.Note).toContain('whole year or only part of it');
    // ×13.9: the article's 2025 trade over its 2022 trade, worked out here from the figures.
    const growth = (figure('trade-2025').value / figure('trade-2022').value).toFixed(1);
    expect(growth).toBe('13.9');
    expect(trade.get('trade-2025')!.Note).toContain(`Computed by us: Trade growth, 2022 to 2025, ×${growth}`);
    expect(trade.get('trade-2023-ru-aide')!.Note).toMatch(/^The aide called it a nine-fold rise on 2022\. Computed by us: .*×9\.1: Russian statistics/);
    const killed = csvRows('casualties').get('troops-killed-or-injured')!.Note;
    expect(killed).toContain('counts it as all casualties, missing and captured too');
    expect(killed).toContain('≈36%');
  });

  it('the JSON holds the chart’s notes, gaps included, and each computed number with how it was worked out', () => {
    const trade = JSON.parse(tableJson('trade'));
    expect(trade.notes).toContain('No figures for 2020 or 2021 in these sources: those years are left empty, not filled in.');
    expect(trade.notes.join(' ')).not.toContain('hidden');
    expect(trade.computed.map((d: { id: string; row: string }) => [d.id, d.row])).toEqual([
      ['trade-growth', 'trade-2025'],
      ['trade-jump-2023', 'trade-2023-ru-aide'],
    ]);
    expect(trade.computed[0].value).toBeCloseTo(52.9 / 3.8, 6);
    expect(JSON.parse(tableJson('flows')).computed).toEqual([]);
  });
});
