import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatMoney, formatMultiple, formatShare, formatWhen, withQualifier } from '@/lib/format';

describe('number formats of design.md', () => {
  it('money', () => {
    expect([3.8e6, 52.9e6, 111e6, 10e9, 34e6, 0].map(formatMoney)).toEqual(['$3.8M', '$52.9M', '$111M', '$10B', '$34M', '$0']);
  });
  it('a span of dates reads as one, the year said once where both ends share it', () => {
    expect(formatWhen('2025-01/2025-02')).toBe('Jan–Feb 2025');
    expect(formatWhen('2024-11/2025-02')).toBe('Nov 2024–Feb 2025');
    expect(formatWhen('2023/2024')).toBe('2023–2024');
    expect(formatWhen('2024')).toBe('2024');
    expect(formatWhen('2025-01-13')).toBe('13 Jan 2025');
  });
  it('shares, multiples and dates', () => {
    expect(formatShare(36.36)).toBe('36%');
    expect(formatMultiple(13.921)).toBe('×13.9');
    expect(formatDate('2025-01-15')).toBe('Jan 2025');
    expect(formatDate('2012')).toBe('2012');
  });
  it('keeps the qualifier with the number', () => {
    expect(withQualifier('4,000', 'about')).toBe('about 4,000');
    expect(withQualifier('$3.8M', 'exact')).toBe('$3.8M');
    expect(formatFigure({ value: 30000, unit: 'soldiers', qualifier: 'up to' })).toBe('up to 30,000');
    expect(formatFigure({ value: 50, unit: 'percent', qualifier: 'over', words: 'over half' })).toBe('over half');
    expect(formatFigure({ value: 50, unit: 'percent', qualifier: 'over' })).toBe('over 50%');
  });
});
