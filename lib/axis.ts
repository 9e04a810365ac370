import { nice, ticks } from 'd3-array';

// Axis ranges and ticks from the data, so a new, larger figure widens the axis instead of being clipped.

/**
 * A linear axis from 0 past the largest value, in about `count` steps of 1, 2 or 5 times a power
 * of ten: d3's nice() widens the top to a whole step, ticks() lists the steps.
 */
export function linearTicks(max: number, count = 4): number[] {
  const [, top] = nice(0, max, count);
  return ticks(0, top, count);
}

/** A log axis from 1 to the next power of ten above the largest value, with 1–3–10 ticks. */
export function logTicks(max: number): number[] {
  const top = Math.ceil(Math.log10(max));
  return Array.from({ length: top + 1 }, (_, i) => 10 ** i).flatMap((t, i) => (i < top ? [t, 3 * t] : [t]));
}

/** Whether a log tick is a power of ten: on a phone's short value axis only those are labelled, the 3s keep their gridline. */
export const isPowerOfTen = (v: number) => v > 0 && Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9;
