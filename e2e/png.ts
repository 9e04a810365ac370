import { PNG } from 'pngjs';

/** Pixel helpers for comparing screenshots and exported images in tests. */
export const decodePng = (body: Buffer) => PNG.sync.read(body);

/** Mean absolute difference per channel (0–255) of two images of the same size. */
export function meanDiff(a: PNG, b: PNG) {
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i] - b.data[i]);
  return sum / a.data.length;
}

export function distinctColours(png: PNG) {
  const seen = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) seen.add(png.data.readUInt32BE(i));
  return seen.size;
}
