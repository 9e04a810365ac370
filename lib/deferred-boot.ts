/**
 * Deferring the framework until the reader first interacts.
 *
 * Every page arrives complete from the server: words, tables and each chart's SVG. What React and
 * Next.js add on the client is interaction (menus, tabs, controls, tooltips), and evaluating them
 * costs a phone a few hundred milliseconds of blocked main thread while the reader has only begun to
 * read. So the production server (scripts/server.ts) turns the framework's script tags into inert
 * markers, and `bootScript` loads them on the reader's first sign of interaction: a pointer move, a
 * touch, a key, a focus, a scroll wheel or a click. A press, a click, or a key that moves within a
 * widget (arrows, Home, End, Escape), that reaches the page before React is listening is held and
 * played once the page has hydrated, one a task (a key to what has focus by then), so the reader's
 * first acts are not lost.
 * See README, design notes.
 */
import { hydratedAttribute, hydratedEvent, wokenAttribute } from './boot-events';

const deferredType = 'text/x-deferred';
/** How long after the load event the framework's files are fetched (not run). */
const prefetchDelayMs = 1500;

/**
 * Loads the deferred scripts on the first interaction and replays what reached the page before React
 * did. Plain text, not a compiled function, so the server that inserts it and the policy that allows
 * it by hash (lib/content-security-policy) read exactly the same bytes.
 */
export const bootScript = `(() => {
  const root = document.documentElement;
  const wakers = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'];
  // Keys that move within a widget; Tab moves focus by itself, Enter and Space click.
  const heldKeys = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'Escape'];
  const held = [];
  const waiting = [...document.querySelectorAll('script[type="${deferredType}"]')];
  let hydrated = false;
  // A file that fails to arrive (a dropped connection) is asked for again by the reader's next press or
  // key (each held one wakes), not by every pointer move; what was held for it is let go, so the page
  // does not stay waiting.
  const failed = (script, marker) => {
    script.remove();
    waiting.push(marker);
    held.length = 0;
    settle();
  };
  // No control waits any more: the progress cursor and the pressed controls' dimming go.
  const settle = () => {
    root.removeAttribute('data-waking');
    document.querySelectorAll('[data-pending]').forEach((control) => control.removeAttribute('data-pending'));
  };
  const wake = () => {
    wakers.forEach((type) => removeEventListener(type, wake, true));
    root.setAttribute('${wokenAttribute}', '');
    for (const marker of waiting.splice(0)) {
      const script = document.createElement('script');
      script.src = marker.dataset.src;
      script.async = true;
      script.nonce = marker.nonce;
      script.onerror = () => failed(script, marker);
      document.head.append(script);
    }
  };
  // Held events are stopped here, so React, listening from the moment it starts to hydrate, cannot
  // also see the one that is played to it afterwards.
  const hold = (e, copy) => {
    e.stopImmediatePropagation();
    held.push([e.target, copy]);
    wake();
  };
  wakers.forEach((type) => addEventListener(type, wake, { capture: true, passive: true }));
  // Once the page has settled, the files are fetched into the cache, not run: a first click then waits
  // only for them to run. Later than the load event, which can come before the first frame is shown.
  addEventListener('load', () => setTimeout(() => waiting.forEach((marker) => fetch(marker.dataset.src).catch(() => {})), ${prefetchDelayMs}), { once: true });
  // Links and form fields work without scripts; any other click waits for React. A click can come
  // with no pointer or key before it (a screen reader's or voice control's press), so it wakes too.
  addEventListener('click', (e) => {
    if (hydrated || !(e.target instanceof Element) || e.target.closest('a[href], input, select, textarea, label, summary')) return;
    e.preventDefault();
    const control = e.target.closest('button, [role="button"], [role="tab"], [role="radio"]');
    // A second press on the same control while waiting would undo the first (a toggle opens, then closes).
    if (control && control.hasAttribute('data-pending')) return e.stopImmediatePropagation();
    hold(e, new MouseEvent('click', e));
    // The pressed control dims and the cursor shows progress until the click is played (app/globals.css):
    // the reader sees it was taken, on a phone too. A click on words, which answers nothing, shows nothing.
    if (!control) return;
    control.setAttribute('data-pending', '');
    root.setAttribute('data-waking', '');
  }, true);
  // A press on a chart tells the charts where to show their first tooltip; a swipe (cancelled) does not.
  addEventListener('pointerdown', (e) => {
    if (!hydrated) hold(e, new PointerEvent('pointerdown', e));
  }, true);
  // Nor does a press after which the page scrolled: where it touched is no longer under the finger.
  const forgetPresses = () => {
    for (let i = held.length - 1; i >= 0; i--) if (held[i][1].type === 'pointerdown') held.splice(i, 1);
  };
  addEventListener('pointercancel', forgetPresses, true);
  addEventListener('scroll', forgetPresses, { capture: true, passive: true });
  addEventListener('keydown', (e) => {
    if (hydrated || !heldKeys.includes(e.key) || e.ctrlKey || e.altKey || e.metaKey) return;
    hold(e, new KeyboardEvent('keydown', e));
  }, true);
  // One held event a task, so React has drawn what each did before the next arrives: two controls
  // pressed while waiting both count, a second menu closes the first, ArrowRight twice moves twice.
  // A key goes where focus is by then.
  const play = () => {
    const next = held.shift();
    if (!next) {
      settle();
      root.setAttribute('${hydratedAttribute}', '');
      return;
    }
    const [target, event] = next;
    const to = event.type === 'keydown' ? document.activeElement : target;
    if (to && to.isConnected) to.dispatchEvent(event);
    setTimeout(play);
  };
  addEventListener('${hydratedEvent}', () => {
    hydrated = true;
    play();
  }, { once: true });
})();`;

/**
 * The framework's script files, as Next.js writes them into a page: `<script src="/_next/static/…"
 * async="">`, with the page's nonce where it has one, in either order. (The `noModule` polyfill is
 * left alone: browsers that run modules skip it.)
 */
const frameworkScript = /<script src="(\/_next\/static\/[^"]+\.js)"((?: async=""| nonce="[^"]*")+)><\/script>/g;
/** Next.js also preloads its bootstrap script; deferred, it would only compete with the page for bandwidth. */
const scriptPreload = /<link rel="preload" as="script"[^>]*>/g;

/** The framework files a rewritten page holds back for the reader's first interaction, in page order. */
export function deferredSources(html: string): string[] {
  return [...html.matchAll(new RegExp(`<script type="${deferredType}" data-src="([^"]+)"`, 'g'))].map((m) => m[1]);
}

/**
 * The page with its framework scripts made inert and the boot script added at the end of the body,
 * carrying the page's nonce where it has one. A page without framework scripts is returned as it is.
 */
export function deferBoot(html: string): string {
  let nonce = '';
  const deferred = html.replace(frameworkScript, (tag: string, src: string, attributes: string) => {
    if (!attributes.includes(' async=""')) return tag;
    nonce = attributes.match(/ nonce="[^"]*"/)?.[0] ?? '';
    return `<script type="${deferredType}" data-src="${src}"${nonce}></script>`;
  });
  if (deferred === html || !deferred.includes('</body>')) return html;
  return deferred.replace(scriptPreload, '').replace('</body>', `<script${nonce}>${bootScript}</script></body>`);
}
