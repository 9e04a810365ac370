/**
 * Recently drawn PNGs by ETag, up to a total size. There are only a few hundred distinct chart
 * images, so this absorbs repeat requests from clients that do not send If-None-Match (crawlers,
 * chat previews). A picture still being drawn is held apart, shared by every request for it (ten
 * requests for one cold image draw it once), and never evicted while it is drawn.
 */
const budget = 64 * 1024 * 1024;
const drawn = new Map<string, Buffer>();
const drawing = new Map<string, Promise<Buffer>>();
let total = 0;

/** A PNG already drawn, without drawing it: what a HEAD can say of its size. */
export const drawnPng = (key: string): Buffer | undefined => drawn.get(key);

export function cachedPng(key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
  const hit = drawn.get(key);
  if (hit) {
    // Most recently used last, so the oldest go first.
    drawn.delete(key);
    drawn.set(key, hit);
    return Promise.resolve(hit);
  }
  const pending = drawing.get(key);
  if (pending) return pending;
  const png = draw()
    .then((buffer) => {
      drawn.set(key, buffer);
      total += buffer.length;
      for (const [old, kept] of drawn) {
        if (total <= budget) break;
        if (old === key) continue;
        total -= kept.length;
        drawn.delete(old);
      }
      return buffer;
    })
    // A failed drawing is not kept: the next request tries again.
    .finally(() => drawing.delete(key));
  drawing.set(key, png);
  return png;
}
