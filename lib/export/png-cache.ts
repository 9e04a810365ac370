/**
 * Recently drawn PNGs by ETag. There are only a few hundred distinct chart images, each costs
 * about 100 ms of CPU to draw and a few hundred KB to keep, so a small LRU absorbs repeat requests
 * from clients that do not send If-None-Match (crawlers, chat previews).
 */
const limit = 64;
const cache = new Map<string, Buffer>();

export function cachedPng(key: string, draw: () => Buffer): Buffer {
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const png = draw();
  cache.set(key, png);
  if (cache.size > limit) cache.delete(cache.keys().next().value!);
  return png;
}
