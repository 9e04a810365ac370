import { crc32 } from 'node:zlib';

const uint32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

/** The PNG's chunks, each whole (length, type, data, CRC), after its 8-byte signature. */
function chunks(png: Buffer): { type: string; bytes: Buffer }[] {
  const out: { type: string; bytes: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const end = at + 12 + png.readUInt32BE(at);
    out.push({ type: png.toString('latin1', at + 4, at + 8), bytes: png.subarray(at, end) });
    at = end;
  }
  return out;
}

/**
 * The PNG with a pHYs chunk saying it is 96 DPI times its density (1× 96, 2× 192, 4× 384), so a slide
 * or a document sizes it as it looks on screen rather than guessing; one it had already is replaced.
 */
export function withDpi(png: Buffer, density: number): Buffer {
  const perMetre = Math.round((96 * density) / 0.0254);
  const data = Buffer.concat([uint32(perMetre), uint32(perMetre), Buffer.from([1])]);
  const type = Buffer.from('pHYs');
  const physical = Buffer.concat([uint32(data.length), type, data, uint32(crc32(Buffer.concat([type, data])))]);
  // pHYs must come before the image data; right after the header is where decoders look first.
  const [header, ...rest] = chunks(png).filter((c) => c.type !== 'pHYs');
  return Buffer.concat([png.subarray(0, 8), header.bytes, physical, ...rest.map((c) => c.bytes)]);
}
