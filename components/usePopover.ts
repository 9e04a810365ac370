'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A toolbar menu's behaviour: opens from its button, closes on Escape (focus back to the button)
 * or a click elsewhere, and stays on screen where the toolbar wraps on a phone.
 */
export function usePopover() {
  const [open, setOpen] = useState(false);
  const [shift, setShift] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  // Measured before paint: move the menu sideways just enough to keep it inside the viewport.
  useLayoutEffect(() => {
    if (!open || !menu.current) {
      setShift(0);
      return;
    }
    const { left, right } = menu.current.getBoundingClientRect();
    const margin = 8;
    setShift(left < margin ? margin - left : right > innerWidth - margin ? innerWidth - margin - right : 0);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  };

  return { open, setOpen, id, root, button, menu, onKeyDown, menuStyle: { transform: `translateX(${shift}px)` } };
}
