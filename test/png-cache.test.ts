import { describe, expect, it } from 'vitest';
import { cachedPng } from '@/lib/export/png-cache';

describe('PNG cache', () => {
  it('draws once per key, even when asked again while drawing', async () => {
    let draws = 0;
    const draw = async () => Buffer.from([++draws]);
    const [a, b] = await Promise.all([cachedPng('same', draw), cachedPng('same', draw)]);
    expect(a).toEqual(Buffer.from([1]));
    expect(b).toBe(a);
    expect(draws).toBe(1);
  });

  it('forgets the least recently used past its budget of bytes, and a drawing that failed', async () => {
    const big = (fill: number) => async () => Buffer.alloc(20 * 1024 * 1024, fill);
    await cachedPng('first', big(1));
    await cachedPng('second', big(2));
    await cachedPng('first', big(9)); // used again: now the most recent
    await cachedPng('third', big(3));
    await cachedPng('fourth', big(4)); // 80 MB: over the 64 MB budget, so the least recent goes
    expect((await cachedPng('second', big(7)))[0]).toBe(7);
    expect((await cachedPng('fourth', big(8)))[0]).toBe(4);
    await expect(cachedPng('broken', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect((await cachedPng('broken', async () => Buffer.from([5])))[0]).toBe(5);
  });

  it('keeps a picture still being drawn, however much is drawn meanwhile', async () => {
    let release: (b: Buffer) => void = () => undefined;
    let draws = 0;
    const slow = () => {
      draws++;
      return new Promise<Buffer>((resolve) => (release = resolve));
    };
    const first = cachedPng('slow', slow);
    for (let i = 0; i < 5; i++) await cachedPng(`filler-${i}`, async () => Buffer.alloc(20 * 1024 * 1024));
    const again = cachedPng('slow', slow);
    release(Buffer.from([1]));
    expect(await again).toBe(await first);
    expect(draws).toBe(1);
  });
});
