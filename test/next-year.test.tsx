import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

/**
 * Next year's trade statistic, added as one row (test/fixtures/next-year) with no other file
 * touched: the trade chart must widen to the new year and draw it, and its title, table and
 * downloads follow.
 */
vi.mock('@/data/files', async () => ({ dataFiles: (await import('./data-with-rows')).dataFilesWith({ otherSources: 'test/fixtures/next-year/row.csv' }) }));

const { drawChart } = await import('@/components/charts/registry');
const { defaultState } = await import('@/lib/chart-state');
const { charts } = await import('@/lib/charts');
const { ChartTable } = await import('@/components/ChartTable');
const { ChartStateProvider } = await import('@/components/ChartStateProvider');
const { tableCsv } = await import('@/lib/export/chart-data');

const id = 'trade-2026-ru-aide';

describe('a trade figure for a year after the last one', () => {
  it.each(['wide', 'narrow'] as const)('is drawn in the trade chart (%s), in the year it is for', (layout) => {
    const html = drawChart('trade', defaultState('trade'), layout);
    expect(html).toMatch(/class="[^"]*\bdata-mark\b[^"]*" data-year="2026" data-tip="\[&quot;2026: about \$61\.5M&quot;/);
    expect(html).toContain('>2026</text>');
  });

  it('widens the title and file names to the new year', () => {
    expect(charts.trade.title).toBe('Russia–North Korea trade, 2018–2026');
    expect(charts.trade.fileBase).toBe('russia-nk-trade-2018-2026');
  });

  it('is a row of the table and of the CSV download', () => {
    expect(renderToStaticMarkup(
        <ChartStateProvider chart="trade" initialState={defaultState('trade')}>
          <ChartTable chart="trade" />
        </ChartStateProvider>,
      )).toContain(`data-row="${id}"`);
    expect(tableCsv('trade')).toContain(id);
  });
});
