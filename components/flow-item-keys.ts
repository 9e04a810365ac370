import { useEffect, type RefObject } from 'react';

const steps: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at) => at + 1,
  ArrowRight: (at) => at + 1,
  ArrowUp: (at) => at - 1,
  ArrowLeft: (at) => at - 1,
  Home: () => 0,
  End: (_, last) => last,
};

type Key = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/**
 * Where an arrow key, Home or End moves from item `at` of `count`, or null for any other key and for
 * a key held with a modifier, which is the browser's (Alt+← is Back).
 */
export function stepTo(event: Key, at: number, count: number): number | null {
  const step = steps[event.key];
  if (!step || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return Math.max(0, Math.min(count - 1, step(at, count - 1)));
}

/**
 * The flow diagram is one Tab stop; the arrow keys, Home and End move focus between its items, and
 * the Tab stop with it, read from the drawing itself (the server's markup, whichever state it shows).
 * Returns whether the key moved focus (the caller then keeps it from scrolling).
 */
function moveFocusAmongFlowItems(event: Key, from: Element): boolean {
  const item = from.closest<SVGGElement>('.flow-item');
  const items = [...(item?.closest('svg')?.querySelectorAll<SVGGElement>('.flow-item') ?? [])];
  const next = item ? stepTo(event, items.indexOf(item), items.length) : null;
  if (!item || next === null) return false;
  const to = items[next];
  item.tabIndex = -1;
  to.tabIndex = 0;
  to.focus();
  return true;
}

/** The arrow keys, Home and End move between the flow items a drawing in `figure` holds. */
export function useFlowItemKeys(figure: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = figure.current;
    if (!root) return;
    const key = (e: KeyboardEvent) => {
      if (e.target instanceof Element && moveFocusAmongFlowItems(e, e.target)) e.preventDefault();
    };
    root.addEventListener('keydown', key);
    return () => root.removeEventListener('keydown', key);
  }, [figure]);
}
