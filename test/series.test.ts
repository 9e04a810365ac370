import { describe, expect, it } from 'vitest';
import { metrics } from '@/data';
import { estimateSeries, estimatesInWords } from '@/lib/casualties-series';
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

  it('names under each year who reports it, "hidden" for years only other parties report while they are off, nothing for unreported years', () => {
    const contextYears = new Set(metrics.context.filter((c) => c.topic === 'trade').map((c) => c.asOf));
    for (const row of tradeRows(false)) {
      const expected = ['2022', '2025'].includes(row.year) ? 'article' : contextYears.has(row.year) ? 'hidden' : null;
      expect(row.source, row.year).toBe(expected);
    }
    expect(tradeRows(true).find((r) => r.year === '2020')!.source).toBeNull();
  });

  it('says every multiple of 2022 is our calculation, as no source gives one', () => {
    const said = tradeRows(true).flatMap((r) => (r.point?.multipleSaid ? [[r.year, r.point.multipleSaid]] : []));
    expect(said).toEqual([
      ['2023', '×9.1 the article’s 2022 figure, our calculation across two sources'],
      ['2025', '×13.9 the article’s 2022 figure, our calculation'],
    ]);
  });
});

describe('deployment estimates', () => {
  it('draws every deployment and casualty figure of the CSV exactly once', () => {
    const drawn = estimateSeries().flatMap((s) => s.points.map((p) => p.id));
    const expected = metrics.context.filter((c) => c.topic !== 'trade').map((c) => c.id);
    expect(drawn.sort()).toEqual(expected.sort());
  });

  it('keeps Ukraine’s casualty claim apart from the Western estimate of the same size', () => {
    const keys = estimateSeries().filter((s) => s.measure === 'all-casualties').map((s) => s.key);
    expect(keys.sort()).toEqual(['all-casualties:Ukraine', 'all-casualties:West (BBC)']);
  });

  it('keeps the NIS killed estimates as one series in date order', () => {
    const killed = estimateSeries().find((s) => s.key === 'killed:NIS');
    expect(killed?.points.map((p) => p.value)).toEqual([100, 300, 600, 2000]);
  });
});

describe('the estimates plot in words', () => {
  const estimates = metrics.context.filter((c) => c.topic === 'deployment' || c.topic === 'casualties');

  it('counts the figures and parties and gives, per measure, the latest figure with its party', () => {
    const words = estimatesInWords();
    expect(words).toContain(`${estimates.length} figures from ${new Set(estimates.map((c) => c.partyId)).size} parties`);
    for (const series of new Set(estimates.map((c) => c.series))) {
      const latest = estimates.filter((c) => c.series === series).sort((a, b) => a.asOf.localeCompare(b.asOf)).at(-1)!;
      const party = metrics.parties.find((p) => p.id === latest.partyId)!.short;
      expect(words, series).toMatch(new RegExp(`${latest.value.toLocaleString('en-US')} \\(${party.replace(/[()&]/g, '\\$&')}[,)]`));
    }
    // A claim is called one.
    for (const claim of estimates.filter((c) => c.kind === 'claim')) expect(words).toContain(`${metrics.parties.find((p) => p.id === claim.partyId)!.short}, claim`);
  });
});
