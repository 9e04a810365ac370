import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { withDpi } from '@/lib/export/png-dpi';

/** The pHYs chunk of a PNG, read by hand from its bytes: pixels per unit on x and y, and the unit (1 = metre). */
function physical(png: Buffer) {
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'pHYs') return { x: png.readUInt32BE(at + 8), y: png.readUInt32BE(at + 12), unit: png[at + 16] };
    at += 12 + length;
  }
  return null;
}

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
