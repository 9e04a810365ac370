const steps: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at) => at + 1,
  ArrowRight: (at) => at + 1,
  ArrowUp: (at) => at - 1,
  ArrowLeft: (at) => at - 1,
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * The flow diagram is one Tab stop; the arrow keys, Home and End move focus between its items.
 * Read from the drawing itself, so the server's drawing (before the live one arrives) answers the
 * keys as the live one does. Returns whether the key moved focus (the caller then keeps it from scrolling).
 */
export function moveFocusAmongFlowItems(key: string, from: Element): boolean {
  const item = from.closest('.flow-item');
  const items = [...(item?.closest('svg')?.querySelectorAll<SVGGElement>('.flow-item') ?? [])];
  const step = steps[key];
  if (!item || !step) return false;
  const to = step(items.indexOf(item as SVGGElement), items.length - 1);
  items[Math.max(0, Math.min(items.length - 1, to))].focus();
  return true;
}
