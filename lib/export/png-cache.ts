/**
 * Recently drawn PNGs by ETag, up to a total size. There are only a few hundred distinct chart
 * images, so this absorbs repeat requests from clients that do not send If-None-Match (crawlers,
 * chat previews). It holds the drawing while it is made, so ten requests for one cold image draw it once.
 */
const budget = 64 * 1024 * 1024;
const cache = new Map<string, Promise<Buffer>>();
const sizes = new Map<string, number>();
let total = 0;

export function cachedPng(key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const png = draw();
  cache.set(key, png);
  png.then(
    (buffer) => {
      if (cache.get(key) !== png) return;
      sizes.set(key, buffer.length);
      total += buffer.length;
      for (const [old] of cache) {
        if (total <= budget || old === key) break;
        total -= sizes.get(old) ?? 0;
        sizes.delete(old);
        cache.delete(old);
      }
    },
    // A failed drawing is not kept: the next request tries again.
    () => cache.get(key) === png && cache.delete(key),
  );
  return png;
}
