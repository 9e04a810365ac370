import { describe, expect, it } from 'vitest';
import { isPowerOfTen, linearTicks, logTicks } from '@/lib/axis';

describe('axis ticks', () => {
  it('linear: from zero, past the largest value, in round steps', () => {
    expect(linearTicks(52.9)).toEqual([0, 20, 40, 60]);
    expect(linearTicks(15000)).toEqual([0, 5000, 10000, 15000]);
    expect(linearTicks(15001)).toEqual([0, 5000, 10000, 15000, 20000]);
    expect(linearTicks(61)).toEqual([0, 20, 40, 60, 80]);
  });
  it('log: powers of ten and threes, up to the next power above the largest value', () => {
    expect(logTicks(52.9)).toEqual([1, 3, 10, 30, 100]);
    expect(logTicks(120)).toEqual([1, 3, 10, 30, 100, 300, 1000]);
  });

  it('tells powers of ten from the 3s between them', () => {
    expect([1, 3, 10, 30, 100, 1000, 1e6].map(isPowerOfTen)).toEqual([true, false, true, false, true, true, true]);
  });
});
