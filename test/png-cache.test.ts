import { describe, expect, it } from 'vitest';
import { cachedPng } from '@/lib/export/png-cache';

describe('PNG cache', () => {
  it('draws once per key and forgets the least recently used past its limit', () => {
    let draws = 0;
    const draw = () => {
      draws++;
      return Buffer.from([draws]);
    };
    expect(cachedPng('a', draw)).toEqual(Buffer.from([1]));
    expect(cachedPng('a', draw)).toEqual(Buffer.from([1]));
    expect(draws).toBe(1);
    for (let i = 0; i < 64; i++) cachedPng(`k${i}`, draw);
    cachedPng('a', draw);
    expect(draws).toBe(66);
  });
});
