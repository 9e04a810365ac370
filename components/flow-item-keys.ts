import { useEffect, type RefObject } from 'react';
import { stepTo } from './arrow-keys';

type Key = Parameters<typeof stepTo>[0];

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
