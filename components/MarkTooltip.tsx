'use client';

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { stepTo } from './arrow-keys';
import { layoutShown } from './layout-shown';

type Box = { left: number; top: number; width: number; height: number };
/**
 * Placed below `y` (the pointer, or a focused mark's foot), or above `top` (the pointer, or the mark's head) where below
 * would leave the window; `upward` (a finger, whose hand hides what is below it) the other way round. `ring` outlines
 * the mark the arrow keys reached.
 */
type Tip = { x: number; y: number; top: number; right: boolean; upward: boolean; marks: string[][]; ring?: Box };

const gap = 14;

/** How far from a mark a pointer still reaches it: a finger is broader than a cursor. */
const reach = { mouse: 12, pen: 12, touch: 24 } as Record<string, number>;
/** Marks this much farther than the nearest still count as under the pointer: drawn over one another, each is listed. */
const together = 4;

const distance = (r: DOMRect, x: number, y: number) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
const tipOf = (mark: Element) => JSON.parse((mark as HTMLElement).dataset.tip!) as string[];

/**
 * Where a mark is, the words naming marks aside: a label drawn in its mark's group names its marks
 * itself, line by line (`data-label-for`), and must not make a tap near it its group's.
 */
function markBox(mark: Element): DOMRect {
  const parts = [...mark.children].filter((c) => !c.matches('[data-label-for]') && !c.querySelector('[data-label-for]'));
  if (parts.length === mark.children.length) return mark.getBoundingClientRect();
  const boxes = parts.map((p) => p.getBoundingClientRect());
  const [left, top] = [Math.min(...boxes.map((b) => b.left)), Math.min(...boxes.map((b) => b.top))];
  return new DOMRect(left, top, Math.max(...boxes.map((b) => b.right)) - left, Math.max(...boxes.map((b) => b.bottom)) - top);
}

/** From a box's centre to a point. */
const fromCentre = (r: DOMRect, x: number, y: number) => Math.hypot(r.left + r.width / 2 - x, r.top + r.height / 2 - y);

/**
 * The marks of the drawing on screen under a point, nearest first (of marks drawn over one another,
 * the one whose centre is nearest: the one pressed), with what each tooltip says.
 */
function marksAt(figure: HTMLElement, x: number, y: number, within: number): string[][] {
  const layout = layoutShown(figure);
  const near = [...(layout?.querySelectorAll('[data-tip]') ?? [])]
    .map((mark) => ({ mark, box: markBox(mark) }))
    .map(({ mark, box }) => ({ mark, d: distance(box, x, y), centre: fromCentre(box, x, y) }))
    .filter((m) => m.d <= within)
    .sort((a, b) => a.d - b.d || a.centre - b.centre);
  return near.filter((m) => m.d <= near[0].d + together).map((m) => tipOf(m.mark));
}

/** The marks of the drawing on screen in the order they are drawn: panel by panel, series by series, each in its own order (years, dates, rows). */
const marksInOrder = (figure: HTMLElement): Element[] => [...(layoutShown(figure)?.querySelectorAll('[data-tip]') ?? [])];

/** The marks a line of a party label names, with what each tooltip says. */
const marksNamed = (figure: HTMLElement, line: Element): string[][] =>
  (line.getAttribute('data-label-for') ?? '').split(' ').flatMap((id) => {
    const mark = layoutShown(figure)?.querySelector(`[data-tip][data-id="${CSS.escape(id)}"]`);
    return mark ? [tipOf(mark)] : [];
  });

/**
 * Tooltips read from the server's marks (their `data-tip`), shown from the reader's first move,
 * tap or Tab: nearest mark wins, within a finger's reach on touch, and marks drawn on top of one
 * another are listed together, so each can be reached. A mark the keyboard reaches (a flow item)
 * shows its tooltip under it; Enter or Space hides and shows it again, Escape hides it. Where the
 * marks take no focus (`stepsThroughMarks`), the figure is one Tab stop and the arrow keys, Home and
 * End step through its marks, each outlined, its tooltip shown and read out. A tap away, the
 * pointer leaving or focus moving off the marks closes it.
 */
export function MarkTooltip({ figure, stepsThroughMarks }: { figure: RefObject<HTMLElement | null>; stepsThroughMarks: boolean }) {
  const [tip, setTip] = useState<Tip | null>(null);
  // What the arrow keys last reached, for a screen reader: the tooltip itself is not read out.
  const [spoken, setSpoken] = useState('');

  useEffect(() => {
    const root = figure.current;
    if (!root) return;
    let at = -1;
    const place = (x: number, y: number, marks: string[][], top = y, ring?: DOMRect, upward = false) => {
      const box = root.getBoundingClientRect();
      const outline = ring && { left: ring.left - box.left, top: ring.top - box.top, width: ring.width, height: ring.height };
      setTip({ x: x - box.left, y: y - box.top, top: top - box.top, right: x - box.left > box.width / 2, upward, marks, ring: outline });
    };
    const show = (e: PointerEvent) => {
      const line = e.target instanceof Element ? e.target.closest('[data-label-for]') : null;
      const marks = line ? marksNamed(root, line) : marksAt(root, e.clientX, e.clientY, reach[e.pointerType] ?? 12);
      // Above a fingertip, clear of it.
      if (marks.length) place(e.clientX, e.clientY, marks, e.pointerType === 'touch' ? e.clientY - 10 : e.clientY, undefined, e.pointerType === 'touch');
      else setTip(null);
    };
    const showFor = (mark: Element, outlined = false) => {
      const rect = markBox(mark);
      place(rect.left, rect.bottom - 8, [tipOf(mark)], rect.top + 8, outlined ? rect : undefined);
    };
    const step = (e: KeyboardEvent) => {
      const marks = marksInOrder(root);
      const next = stepTo(e, at, marks.length);
      if (next === null || !marks.length) return false;
      at = next;
      showFor(marks[at], true);
      setSpoken(tipOf(marks[at]).join('. '));
      return true;
    };
    const move = (e: PointerEvent) => e.pointerType !== 'touch' && show(e);
    const hide = () => setTip(null);
    // A tap on another mark has already placed that mark's tooltip by the time focus leaves this one.
    const blur = (e: FocusEvent) => {
      if (e.relatedTarget instanceof Element && root.contains(e.relatedTarget) && e.relatedTarget.closest('[data-tip]')) return;
      at = -1;
      hide();
    };
    const leave = (e: PointerEvent) => e.pointerType !== 'touch' && hide();
    const away = (e: PointerEvent) => !root.contains(e.target as Node) && hide();
    const focus = (e: FocusEvent) => {
      const mark = (e.target as Element).closest?.('[data-tip]');
      // Shown for the keyboard only: a tap that focuses an item has placed its own tooltip.
      if (mark?.matches(':focus-visible')) showFor(mark);
    };
    const key = (e: KeyboardEvent) => {
      const mark = (e.target as Element).closest?.('[data-tip]');
      if (e.key === 'Escape') return hide();
      if (stepsThroughMarks && e.target === root) {
        if (step(e)) e.preventDefault();
        return;
      }
      if (!mark || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      if (root.querySelector('[data-tooltip]')) hide();
      else showFor(mark);
    };
    root.addEventListener('pointermove', move);
    root.addEventListener('pointerdown', show);
    root.addEventListener('pointerleave', leave);
    // A touch that turns into a scroll was a swipe, not a tap on a mark.
    root.addEventListener('pointercancel', hide);
    root.addEventListener('focusin', focus);
    root.addEventListener('focusout', blur);
    root.addEventListener('keydown', key);
    document.addEventListener('pointerdown', away);
    return () => {
      root.removeEventListener('pointermove', move);
      root.removeEventListener('pointerdown', show);
      root.removeEventListener('pointerleave', leave);
      root.removeEventListener('pointercancel', hide);
      root.removeEventListener('focusin', focus);
      root.removeEventListener('focusout', blur);
      root.removeEventListener('keydown', key);
      document.removeEventListener('pointerdown', away);
    };
  }, [figure, stepsThroughMarks]);

  // A tooltip that would run past the window's foot opens upwards instead, if it fits there (and one
  // for a finger opens upwards unless it does not fit there; one that fits neither way slides to fit the window). It is laid out at the figure's left edge first, so its width is its words' and not
  // what is left beside the pointer, then set beside the pointer and slid back inside the figure.
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    const root = figure.current;
    if (!el || !root || !tip) return;
    el.style.left = '0px';
    // Shown unless an observer below is still to say where it goes: hidden by one for an earlier tip, it shows again.
    el.style.visibility = '';
    const { offsetWidth: width, offsetHeight: height } = el;
    const { top: rootTop, width: rootWidth } = root.getBoundingClientRect();
    const beside = tip.right ? tip.x - 8 - width : tip.x + 8;
    el.style.left = `${Math.max(0, Math.min(beside, rootWidth - width))}px`;
    const below = rootTop + tip.y + gap + height <= window.innerHeight;
    const above = rootTop + tip.top - gap - height >= 0;
    const up = tip.upward ? above : above && !below;
    // Where it fits neither way (marks listed together, on a phone), it slides up from below the mark until its
    // foot is on screen, over the mark rather than off the screen; taller than the screen, its head stays on it.
    const slid = Math.max(8 - rootTop, Math.min(tip.y + gap, window.innerHeight - 8 - rootTop - height));
    el.style.top = `${up ? tip.top - gap - height : below ? tip.y + gap : slid}px`;
    // In an embed the frame may be as tall as its page, its window's top then no edge of the reader's screen:
    // an observer, which sees the host's viewport, says whether the screen cuts off the top; then it opens below.
    if (!up || window === window.top) return;
    el.style.visibility = 'hidden';
    const seen = new IntersectionObserver(([entry]) => {
      seen.disconnect();
      // Wholly off the screen, or its top cut off.
      if (!entry.isIntersecting || entry.intersectionRect.top > entry.boundingClientRect.top + 1) el.style.top = `${tip.y + gap}px`;
      el.style.visibility = '';
    });
    seen.observe(el);
    return () => {
      seen.disconnect();
      el.style.visibility = '';
    };
  }, [tip, figure]);

  // Only where the arrow keys step through marks: a focused flow item says the same in its own name.
  const said = stepsThroughMarks && (
    <p className="sr-only" aria-live="polite" data-mark-spoken>
      {spoken}
    </p>
  );
  if (!tip) return said || null;
  return (
    <>
      {said}
      {tip.ring && <div className="pointer-events-none absolute rounded-sm outline-2 outline-offset-2 outline-accent" style={tip.ring} data-mark-ring />}
      <div
        ref={box}
        className="pointer-events-none absolute z-10 max-w-[min(18rem,100%)] rounded border border-rule bg-page px-3 py-2 text-sm text-ink shadow-lg"
        style={{ top: tip.y + gap, left: 0 }}
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
    </>
  );
}
