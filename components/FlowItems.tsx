'use client';

import { useEffect, useRef, useState, type RefObject } from 'react';
import { flowDetailMinHeight } from '@/lib/chart-size';
import { moveFocusAmongFlowItems } from './flow-item-keys';

const hint = 'Tap, point at or tab to an item to see what it is and its source; arrow keys move on.';

/**
 * The flow diagram's items, which the server drew focusable, each with its explanation: the arrow
 * keys, Home and End move between them, and the item pointed at, tapped or focused is explained
 * in a line kept at the bottom of the screen while the diagram is in view.
 */
export function FlowItems({ figure }: { figure: RefObject<HTMLElement | null> }) {
  const [detail, setDetail] = useState<string | null>(null);
  const bar = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const root = figure.current;
    if (!root) return;
    const itemOf = (e: Event) => (e.target as Element).closest?.<SVGGElement>('.flow-item') ?? null;
    const explain = (e: Event) => {
      const item = itemOf(e);
      if (item) setDetail(item.dataset.detail ?? null);
      return item;
    };
    // The line sticks to the screen's bottom edge and grows with its text: an item the keyboard reaches is
    // scrolled clear of it once the new text is in, so focus is never hidden under it (WCAG 2.4.11).
    const keepClear = (item: Element) =>
      requestAnimationFrame(() => {
        const cover = bar.current?.getBoundingClientRect().top;
        const { bottom } = item.getBoundingClientRect();
        if (cover !== undefined && bottom > cover - 8) window.scrollBy(0, bottom - cover + 8);
      });
    const focus = (e: FocusEvent) => {
      const item = explain(e);
      if (item?.matches(':focus-visible')) keepClear(item);
    };
    const key = (e: KeyboardEvent) => {
      const item = itemOf(e);
      if (!item) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        setDetail(item.dataset.detail ?? null);
      } else if (moveFocusAmongFlowItems(e, item)) e.preventDefault();
    };
    root.addEventListener('focusin', focus);
    root.addEventListener('pointerover', explain);
    root.addEventListener('click', explain);
    root.addEventListener('keydown', key);
    return () => {
      root.removeEventListener('focusin', focus);
      root.removeEventListener('pointerover', explain);
      root.removeEventListener('click', explain);
      root.removeEventListener('keydown', key);
    };
  }, [figure]);

  return (
    <p ref={bar} className="sticky bottom-0 border-t border-rule bg-page pt-1 text-sm text-muted" style={{ minHeight: flowDetailMinHeight }} data-flow-detail>
      {detail ?? hint}
    </p>
  );
}
