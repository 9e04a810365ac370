import { describe, expect, it } from 'vitest';
import { charts } from '@/lib/charts';
import { defaultState } from '@/lib/chart-state';
import { exportFileName } from '@/lib/export/file-name';

describe('download file names', () => {
  const view = { ...defaultState('flows'), direction: 'nk-to-ru' } as const;
  const base = charts.flows.fileBase;

  it('names a picture after the view it shows, and a data file, which holds every row, after the chart alone', () => {
    expect(exportFileName('flows', view, { format: 'png', density: 2 })).toBe(`${base}-nk-to-ru@2x.png`);
    expect(exportFileName('flows', view, { format: 'svg' })).toBe(`${base}-nk-to-ru.svg`);
    expect(exportFileName('flows', view, { format: 'csv' })).toBe(`${base}.csv`);
    expect(exportFileName('flows', view, { format: 'json' })).toBe(`${base}.json`);
  });
});
