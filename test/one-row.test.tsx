import { PNG } from 'pngjs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

/**
 * One row of facts in, everywhere out: the data module is given a copy of the data files with one
 * new estimate from a new party (test/fixtures/new-estimate) and no other file touched, and the row
 * must then reach its chart, the table, the sources tab, the data downloads, the picture and the
 * link preview, each made by the code the build runs, and the data stamp must move with it.
 */
vi.mock('@/data/files', async () => ({
  dataFiles: (await import('./data-with-rows')).dataFilesWith({ parties: 'test/fixtures/new-estimate/party.csv', otherSources: 'test/fixtures/new-estimate/row.csv' }),
}));
// The pictures are framed from this data's drawings, as the build would draw them, not from the published ones.
vi.mock('@/lib/drawings', async () => {
  const { drawChart } = await import('@/components/charts/registry');
  return {
    drawingOf: drawChart,
    pictureDrawingOf: ((chart, state, layout) => drawChart(chart, state, layout === 'wide' ? 'slide' : layout)) as typeof drawChart,
    buildVersion: () => 'fixture',
  };
});

const { metrics } = await import('@/data');
const { drawChart } = await import('@/components/charts/registry');
const { defaultState } = await import('@/lib/chart-state');
const { ChartTable } = await import('@/components/ChartTable');
const { ChartStateProvider } = await import('@/components/ChartStateProvider');
const { ChartSources } = await import('@/components/ChartSources');
const { tableCsv, tableJson } = await import('@/lib/export/chart-data');
const { picturePng, pictureSvg } = await import('@/lib/export/chart-picture');

const id = 'killed-2025-11-01-test';
const state = defaultState('casualties');

describe('one new row of facts', () => {
  it('is read, with its party, and moves the data stamp', () => {
    expect(metrics.context.find((c) => c.id === id)).toMatchObject({ value: 2500, qualifier: 'about', kind: 'assessment', partyId: 'test-agency' });
    expect(metrics.asOf).toBe('2025-11-02');
  });

  it.each(['wide', 'narrow'] as const)('is drawn in its chart (%s), as an assessment, with its tooltip naming its party', (layout) => {
    const html = drawChart('casualties', state, layout);
    const mark = html.match(new RegExp(`<g class="data-mark" data-id="${id}"[^>]*>`))?.[0] ?? '';
    expect(mark).toContain('data-party="Test Agency"');
    expect(mark).toContain('Killed: about 2,500');
    expect(mark).toContain('Test intelligence agency (fixture), reported by Test Wire');
  });

  it('is a row of the table and a party of the sources tab', () => {
    expect(renderToStaticMarkup(
        <ChartStateProvider chart="casualties" initialState={defaultState('casualties')}>
          <ChartTable chart="casualties" />
        </ChartStateProvider>,
      )).toContain(`data-row="${id}"`);
    expect(renderToStaticMarkup(<ChartSources chart="casualties" />)).toContain('Test intelligence agency (a fixture)');
  });

  it('is in the CSV and JSON downloads, stamped with the new data version', () => {
    const csv = tableCsv('casualties');
    expect(csv).toContain(id);
    expect(csv).toContain(`${metrics.version},2025-11-02`);
    const json = JSON.parse(tableJson('casualties'));
    expect(json.rows.map((r: { id: string }) => r.id)).toContain(id);
    expect(json).toMatchObject({ dataVersion: metrics.version, figuresAsOf: '2025-11-02' });
  });

  it.each([false, true])('is in the picture (link preview: %s), which names the new data', async (preview) => {
    const request = { chart: 'casualties' as const, state, layout: 'wide' as const, preview };
    const { svg } = pictureSvg(request);
    expect(svg).toContain(`data-id="${id}"`);
    expect(svg).toContain('figures as of 2 Nov 2025');
    // The wide picture sets the article's bars beside the estimates: two 720 px drawings, a 20 px gap, 24 px margins.
    expect(PNG.sync.read(await picturePng(request, 1)).width).toBe(preview ? 1200 : 720 + 20 + 720 + 48);
  });
});
