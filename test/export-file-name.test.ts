import { describe, expect, it } from 'vitest';
import { defaultState } from '@/lib/chart-state';
import { exportFileName } from '@/lib/export/file-name';

describe('download file names', () => {
  const view = { ...defaultState('flows'), direction: 'nk-to-ru' } as const;
  const base = 'russia-nk-arms-for-technology';

  it('names a picture after the view it shows, its theme and shape, and a data file, which holds every row, after the chart alone', () => {
    expect(exportFileName('flows', view, { format: 'png', density: 2 })).toBe(`${base}-nk-to-ru-light-wide@2x.png`);
    expect(exportFileName('flows', { ...view, theme: 'dark' }, { format: 'png', density: 1 }, 'narrow')).toBe(`${base}-nk-to-ru-dark-tall.png`);
    expect(exportFileName('flows', defaultState('flows'), { format: 'svg' }, 'narrow')).toBe(`${base}-light-tall.svg`);
    expect(exportFileName('flows', view, { format: 'csv' })).toBe(`${base}.csv`);
    expect(exportFileName('flows', view, { format: 'json' })).toBe(`${base}.json`);
  });
});
