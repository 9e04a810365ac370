import { describe, expect, it } from 'vitest';
import { estimateSeries } from '@/lib/deployment-series';
import { tradeRows, unreportedYears } from '@/lib/trade-series';

describe('trade series', () => {
  it('leaves 2020 and 2021 empty rather than interpolating', () => {
    const rows = tradeRows(true);
    expect(rows.map((r) => r.year)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025']);
    expect(rows.filter((r) => r.valueM === null).map((r) => r.year)).toEqual(['2020', '2021']);
    expect(unreportedYears()).toEqual([[2020, 2021]]);
  });

  it('shows only the article’s two years when the context is hidden', () => {
    const shown = tradeRows(false).filter((r) => r.valueM !== null);
    expect(shown.map((r) => [r.year, r.valueM])).toEqual([
      ['2022', 3.8],
      ['2025', 52.9],
    ]);
  });
});

describe('deployment estimates', () => {
  it('never puts two measures or two parties in one series', () => {
    for (const s of estimateSeries()) {
      expect(new Set(s.points.map((p) => p.measure)).size).toBe(1);
      expect(new Set(s.points.map((p) => p.partyShort)).size).toBe(1);
    }
  });

  it('keeps the NIS killed estimates as one series in date order', () => {
    const killed = estimateSeries().find((s) => s.key === 'killed:NIS');
    expect(killed?.points.map((p) => p.value)).toEqual([100, 300, 600, 2000]);
  });
});
