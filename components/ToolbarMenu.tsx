'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

export type MenuApi = { id: string; close: () => void; focusButton: () => void };

type Props = {
  label: string;
  /** What the button acts on (the chart's title), for assistive technology: a dashboard has one such button per chart. */
  context: string;
  /** Tailwind width of the open menu. */
  width: string;
  busy?: boolean;
  onOpen?: () => void;
  /** Shown instead of the button where scripts do not run (the menu needs them): plain links, or nothing. */
  withoutScripts?: ReactNode;
  children: (api: MenuApi) => ReactNode;
};

/**
 * A toolbar button with a menu under it: closes on Escape (focus back to the button), a click
 * elsewhere or focus moving past it, and stays on screen where the toolbar wraps on a phone.
 */
export function ToolbarMenu({ label, context, width, busy = false, onOpen, withoutScripts, children }: Props) {
  const [open, setOpen] = useState(false);
  const [shift, setShift] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  // Measured before paint: move the menu sideways just enough to keep it inside its chart's frame
  // (where the toolbar wraps, a right-aligned menu would hang over the tabs beside it) and the viewport.
  useLayoutEffect(() => {
    if (!open || !menu.current) {
      setShift(0);
      return;
    }
    const { left, right, width: menuWidth } = menu.current.getBoundingClientRect();
    const margin = 8;
    const frame = root.current?.closest('[data-frame]')?.getBoundingClientRect();
    const fits = frame && frame.width >= menuWidth + 2 * margin;
    const min = Math.max(margin, fits ? frame.left + margin : 0);
    const max = Math.min(innerWidth - margin, fits ? frame.right - margin : innerWidth);
    setShift(left < min ? min - left : right > max ? max - right : 0);
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
  // Closing commits at once: a click on the button right after an action closed the menu must
  // see it closed, or the toggle would read the stale open state and leave it shut.
  const api: MenuApi = { id, close: () => flushSync(() => setOpen(false)), focusButton: () => button.current?.focus() };

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={onKeyDown}
      // Tabbing out of an open menu would leave it over the controls that now have focus. Focus lost
      // to nothing (the window left for another) keeps it open.
      onBlur={(e) => {
        if (open && e.relatedTarget && !root.current?.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-label={`${label}: ${context}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
        className="min-h-6 rounded border border-rule bg-panel px-3 py-1 text-sm text-ink hover:border-ink noscript:hidden pointer-coarse:min-h-11"
      >
        {label}
      </button>
      {withoutScripts}
      {open && (
        <div
          ref={menu}
          id={id}
          role="group"
          aria-label={`${label} ${context}`}
          aria-busy={busy}
          style={{ transform: `translateX(${shift}px)` }}
          className={`absolute right-0 z-20 mt-1 ${width} max-w-[calc(100vw-1rem)] rounded border border-rule bg-page p-3 text-sm shadow-lg`}
        >
          {children(api)}
        </div>
      )}
    </div>
  );
}
