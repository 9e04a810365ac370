import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { withDpi } from '@/lib/export/png-dpi';
import { physical } from './png-physical';

describe('PNG resolution', () => {
  const plain = PNG.sync.write(new PNG({ width: 2, height: 2 }));

  it.each([
    [1, 3780],
    [2, 7559],
    [4, 15118],
  ])('%i× says %i pixels a metre (96 DPI × density), and the image still decodes', (density, perMetre) => {
    const png = withDpi(plain, density);
    expect(physical(png)).toEqual({ x: perMetre, y: perMetre, unit: 1 });
    expect(PNG.sync.read(png).width).toBe(2);
  });

  it('replaces the chunk an image already had, rather than adding a second', () => {
    const twice = withDpi(withDpi(plain, 4), 2);
    expect(twice.toString('latin1').split('pHYs').length - 1).toBe(1);
    expect(physical(twice)).toEqual({ x: 7559, y: 7559, unit: 1 });
    expect(PNG.sync.read(twice).width).toBe(2);
  });
});
