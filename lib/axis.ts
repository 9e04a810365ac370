/** Axis ranges and ticks from the data, so a new, larger figure widens the axis instead of being clipped. */

/** 1, 2 or 5 times a power of ten: the tick steps people read easily. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** A linear axis from 0 past the largest value, in about `count` equal steps. */
export function linearTicks(max: number, count = 4): number[] {
  const step = niceStep(max / count);
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** A log axis from 1 to the next power of ten above the largest value, with 1–3–10 ticks. */
export function logTicks(max: number): number[] {
  const top = Math.ceil(Math.log10(max));
  return Array.from({ length: top + 1 }, (_, i) => 10 ** i).flatMap((t, i) => (i < top ? [t, 3 * t] : [t]));
}

/** Whether a log tick is a power of ten: on a phone's short value axis only those are labelled, the 3s keep their gridline. */
export const isPowerOfTen = (v: number) => v > 0 && Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9;
