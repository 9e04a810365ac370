import { describe, expect, it } from 'vitest';
import { casualtySharePercent, tradeGrowthMultiple, tradeJump2023Multiple } from '@/lib/derived';

// Expected values are worked out by hand from the sources' numbers, not taken from the code.
describe('derived figures', () => {
  it('trade grew about 13.9 times from 2022 to 2025', () => {
    expect(tradeGrowthMultiple).toBeCloseTo(52.9 / 3.8, 6);
    expect(tradeGrowthMultiple.toFixed(1)).toBe('13.9');
  });

  it('2023 trade was about 9 times 2022', () => {
    expect(tradeJump2023Multiple).toBeCloseTo(34.4 / 3.8, 6);
    expect(Math.round(tradeJump2023Multiple)).toBe(9);
  });

  it('roughly 36% of those sent were killed or injured', () => {
    expect(Math.round(casualtySharePercent)).toBe(36);
  });

});
