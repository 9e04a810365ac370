'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A toolbar menu's behaviour: opens from its button, closes on Escape (focus back to the button)
 * or a click elsewhere, and hangs from the button's left edge when the right edge would push it
 * off screen (where the toolbar wraps on a phone).
 */
export function usePopover() {
  const [open, setOpen] = useState(false);
  const [alignLeft, setAlignLeft] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    if (!open) setAlignLeft(false);
    else if (menu.current && menu.current.getBoundingClientRect().left < 0) setAlignLeft(true);
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

  return { open, setOpen, id, root, button, menu, onKeyDown, side: alignLeft ? 'left-0' : 'right-0' };
}
