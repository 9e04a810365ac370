'use client';

import { useEffect, useState, type RefObject } from 'react';

type Tip = { x: number; y: number; right: boolean; marks: string[][] };

/** How far from a mark a pointer still reaches it: a finger is broader than a cursor. */
const reach = { mouse: 12, pen: 12, touch: 24 } as Record<string, number>;
/** Marks this much farther than the nearest still count as under the pointer: drawn over one another, each is listed. */
const together = 4;

const distance = (r: DOMRect, x: number, y: number) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));

/** The marks of the drawing on screen under a point, nearest first, with what each tooltip says. */
function marksAt(figure: HTMLElement, x: number, y: number, within: number): string[][] {
  const layout = [...figure.querySelectorAll('.chart-layout')].find((el) => el.getClientRects().length > 0);
  const near = [...(layout?.querySelectorAll<SVGElement>('[data-tip]') ?? [])]
    .map((mark) => ({ mark, d: distance(mark.getBoundingClientRect(), x, y) }))
    .filter((m) => m.d <= within)
    .sort((a, b) => a.d - b.d);
  return near.filter((m) => m.d <= near[0].d + together).map((m) => JSON.parse(m.mark.dataset.tip!) as string[]);
}

/**
 * Tooltips read from the server's marks (their `data-tip`), shown from the reader's first move or
 * tap: nearest mark wins, within a finger's reach on touch, and marks drawn on top of one another
 * are listed together, so each can be reached. A tap away, or the pointer leaving, closes it.
 */
export function MarkTooltip({ figure }: { figure: RefObject<HTMLElement | null> }) {
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    const root = figure.current;
    if (!root) return;
    const show = (e: PointerEvent) => {
      const marks = marksAt(root, e.clientX, e.clientY, reach[e.pointerType] ?? 12);
      if (!marks.length) return setTip(null);
      const box = root.getBoundingClientRect();
      const x = e.clientX - box.left;
      setTip({ x, y: e.clientY - box.top, right: x > box.width / 2, marks });
    };
    const move = (e: PointerEvent) => e.pointerType !== 'touch' && show(e);
    const hide = () => setTip(null);
    const leave = (e: PointerEvent) => e.pointerType !== 'touch' && hide();
    const away = (e: PointerEvent) => !root.contains(e.target as Node) && hide();
    root.addEventListener('pointermove', move);
    root.addEventListener('pointerdown', show);
    root.addEventListener('pointerleave', leave);
    // A touch that turns into a scroll was a swipe, not a tap on a mark.
    root.addEventListener('pointercancel', hide);
    document.addEventListener('pointerdown', away);
    return () => {
      root.removeEventListener('pointermove', move);
      root.removeEventListener('pointerdown', show);
      root.removeEventListener('pointerleave', leave);
      root.removeEventListener('pointercancel', hide);
      document.removeEventListener('pointerdown', away);
    };
  }, [figure]);

  if (!tip) return null;
  return (
    <div
      className="pointer-events-none absolute z-10 max-w-72 rounded border border-rule bg-page px-3 py-2 text-sm text-ink shadow-lg"
      style={{ top: tip.y + 14, ...(tip.right ? { right: `calc(100% - ${tip.x - 8}px)` } : { left: tip.x + 8 }) }}
      data-tooltip
    >
      {tip.marks.map(([title, ...lines], i) => (
        <div key={i} className={i ? 'mt-2 border-t border-rule pt-2' : undefined}>
          <p className="font-bold">{title}</p>
          {lines.map((line) => (
            <p key={line} className="text-muted">
              {line}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}
