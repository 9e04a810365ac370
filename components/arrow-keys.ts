const steps: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at) => at + 1,
  ArrowRight: (at) => at + 1,
  ArrowUp: (at) => at - 1,
  ArrowLeft: (at) => at - 1,
  Home: () => 0,
  End: (_, last) => last,
};
const alongARow = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);

type Key = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/**
 * Where an arrow key, Home or End moves from item `at` of `count`, or null for any other key and for
 * a key held with a modifier, which is the browser's (Alt+← is Back). Items in a `row` (tabs) take
 * ← and → only; `wrap`: past either end to the other, as tabs do, where marks and flow items stop.
 */
export function stepTo(event: Key, at: number, count: number, { row = false, wrap = false } = {}): number | null {
  const step = steps[event.key];
  if (!step || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || (row && !alongARow.has(event.key))) return null;
  const to = step(at, count - 1);
  return wrap ? (to + count) % count : Math.max(0, Math.min(count - 1, to));
}
