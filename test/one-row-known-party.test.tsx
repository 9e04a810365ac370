import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

/**
 * The plainest case of adding a figure: one row appended to data/other-sources.csv by a party it
 * already lists, parties.csv untouched. It must reach its chart, labelled with that party, the
 * table and the downloads (test/one-row.test.tsx follows a row from a new party everywhere else).
 */
vi.mock('@/data/files', async () => ({ dataFiles: (await import('./data-with-rows')).dataFilesWith({ otherSources: 'test/fixtures/new-estimate/row-known-party.csv' }) }));

const { metrics } = await import('@/data');
const { drawChart } = await import('@/components/charts/registry');
const { defaultState } = await import('@/lib/chart-state');
const { ChartTable } = await import('@/components/ChartTable');
const { ChartStateProvider } = await import('@/components/ChartStateProvider');
const { tableCsv } = await import('@/lib/export/chart-data');

const id = 'injured-2025-11-20-uk-di';

describe('one new row from a party already listed', () => {
  it('is read with that party, and moves the data stamp', () => {
    expect(metrics.context.find((c) => c.id === id)).toMatchObject({ value: 3200, qualifier: 'over', partyId: 'uk-di' });
    expect(metrics.asOf).toBe('2025-11-21');
  });

  it.each(['wide', 'narrow'] as const)('is drawn in its chart (%s), named as that party', (layout) => {
    const mark = drawChart('casualties', defaultState('casualties'), layout).match(new RegExp(`<g class="data-mark" data-id="${id}"[^>]*>`))?.[0] ?? '';
    expect(mark).toContain('data-party="UK DI"');
    expect(mark).toContain('Injured: over 3,200');
  });

  it('is a row of the table and of the CSV download', () => {
    expect(renderToStaticMarkup(
        <ChartStateProvider chart="casualties" initialState={defaultState('casualties')}>
          <ChartTable chart="casualties" />
        </ChartStateProvider>,
      )).toContain(`data-row="${id}"`);
    expect(tableCsv('casualties')).toContain(id);
  });
});
