'use client';

import { useEffect, useId, useRef, type CSSProperties, type ReactNode } from 'react';

export type MenuApi = { id: string; close: () => void; focusButton: () => void };

type Props = {
  label: string;
  /** What the button acts on (the chart's title), for assistive technology: a dashboard has one such button per chart. */
  context: string;
  /** The open menu's width, a CSS length (at most the screen's less a margin). */
  width: string;
  busy?: boolean;
  onOpen?: () => void;
  children: (api: MenuApi) => ReactNode;
};

/**
 * A toolbar button with a menu under it: a native popover, so it opens from the reader's first press,
 * before the page's scripts have run or where they never do, and the browser closes it on Escape
 * (focus back to the button) or a press elsewhere and tells assistive technology whether it is open.
 * CSS anchoring (`app/globals.css`) places it under its button, inside its chart's frame and the screen.
 */
export function ToolbarMenu({ label, context, width, busy = false, onOpen, children }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();
  const opened = useRef(onOpen);
  opened.current = onOpen;
  const isOpen = () => menu.current?.matches(':popover-open') ?? false;

  // A menu opened before the scripts ran gets, once they do, what opening gives it.
  useEffect(() => {
    if (isOpen()) opened.current?.();
  }, []);

  const api: MenuApi = { id, close: () => isOpen() && menu.current?.hidePopover(), focusButton: () => button.current?.focus() };

  return (
    <div
      ref={root}
      data-menu-root
      // Tabbing out of an open menu would leave it over the controls that now have focus. Focus lost
      // to nothing (the window left for another) keeps it open.
      onBlur={(e) => {
        if (e.relatedTarget && !root.current?.contains(e.relatedTarget)) api.close();
      }}
    >
      <button
        ref={button}
        type="button"
        popoverTarget={id}
        aria-label={`${label}: ${context}`}
        aria-controls={id}
        data-menu-button
        className="min-h-6 rounded border border-rule bg-panel px-3 py-1 text-sm text-ink hover:border-ink pointer-coarse:min-h-11"
      >
        {label}
      </button>
      <div
        ref={menu}
        id={id}
        popover="auto"
        role="group"
        aria-label={`${label} ${context}`}
        aria-busy={busy}
        onBeforeToggle={(e) => e.newState === 'open' && opened.current?.()}
        data-menu
        style={{ '--menu-width': width } as CSSProperties}
        className="rounded border border-rule bg-page p-3 text-sm text-ink shadow-lg"
      >
        {children(api)}
      </div>
    </div>
  );
}
