import { crc32 } from 'node:zlib';

const uint32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

/** Where the first chunk after IHDR begins: the 8-byte signature, then IHDR's length, type, 13 bytes of data and CRC. */
const afterHeader = 8 + 4 + 4 + 13 + 4;

/**
 * The PNG with a pHYs chunk saying it is 96 DPI times its density (1× 96, 2× 192, 4× 384), so a slide
 * or a document sizes it as it looks on screen rather than guessing (resvg writes none).
 */
export function withDpi(png: Buffer, density: number): Buffer {
  const perMetre = Math.round((96 * density) / 0.0254);
  const data = Buffer.concat([uint32(perMetre), uint32(perMetre), Buffer.from([1])]);
  const type = Buffer.from('pHYs');
  const chunk = Buffer.concat([uint32(data.length), type, data, uint32(crc32(Buffer.concat([type, data])))]);
  return Buffer.concat([png.subarray(0, afterHeader), chunk, png.subarray(afterHeader)]);
}
