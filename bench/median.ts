/**
 * The median of a benchmark's runs. A run that could not measure a figure (NaN, as Lighthouse reports
 * one) is left out; with none left the median is NaN, printed as such.
 */
export function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
