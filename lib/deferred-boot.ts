/**
 * Deferring the framework until the reader first interacts.
 *
 * Every page arrives complete from the server: words, tables and each chart's SVG. What React and
 * Next.js add on the client is interaction (menus, tabs, controls, tooltips), and evaluating them
 * costs a phone a few hundred milliseconds of blocked main thread while the reader has only begun to
 * read. So the production server (scripts/server.ts) turns the framework's script tags into inert
 * markers, and `bootScript` loads them on the reader's first sign of interaction: a pointer move, a
 * touch, a key, a focus or a scroll wheel. A press, click or key that reaches the page before React
 * is listening is held and played to its target once the page has hydrated, so nothing the reader
 * does is lost.
 * See README, design notes.
 */
import { hydratedEvent, wokenAttribute } from './boot-events';

const deferredType = 'text/x-deferred';

/**
 * Loads the deferred scripts on the first interaction and replays what reached the page before React
 * did. Plain text, not a compiled function, so the server that inserts it and the policy that allows
 * it by hash (lib/content-security-policy) read exactly the same bytes.
 */
export const bootScript = `(() => {
  const root = document.documentElement;
  const wakers = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel'];
  const held = [];
  const markers = [...document.querySelectorAll('script[type="${deferredType}"]')];
  let hydrated = false;
  const wake = () => {
    wakers.forEach((type) => removeEventListener(type, wake, true));
    root.setAttribute('${wokenAttribute}', '');
    for (const marker of markers) {
      const script = document.createElement('script');
      script.src = marker.dataset.src;
      script.async = true;
      script.nonce = marker.nonce;
      document.head.append(script);
    }
  };
  wakers.forEach((type) => addEventListener(type, wake, { capture: true, passive: true }));
  // Links and form fields work without scripts; any other click waits for React.
  addEventListener('click', (e) => {
    if (hydrated || !(e.target instanceof Element) || e.target.closest('a[href], input, select, textarea, label, summary')) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    held.push([e.target, new MouseEvent('click', e)]);
    // A progress cursor until the click is played (app/globals.css): the reader sees it was taken.
    root.setAttribute('data-waking', '');
  }, true);
  // A press on a chart tells the charts where to show their first tooltip; a swipe (cancelled) does not.
  addEventListener('pointerdown', (e) => {
    if (!hydrated) held.push([e.target, new PointerEvent('pointerdown', e)]);
  }, true);
  addEventListener('pointercancel', () => {
    for (let i = held.length - 1; i >= 0; i--) if (held[i][1].type === 'pointerdown') held.splice(i, 1);
  }, true);
  // Keys that move within a widget (arrows, Home, End, Escape); Tab moves focus by itself, Enter and Space click.
  addEventListener('keydown', (e) => {
    if (hydrated || e.key === 'Tab' || e.key === 'Enter' || e.key === ' ' || e.ctrlKey || e.altKey || e.metaKey) return;
    held.push([e.target, new KeyboardEvent('keydown', e)]);
  }, true);
  addEventListener('${hydratedEvent}', () => {
    hydrated = true;
    root.removeAttribute('data-waking');
    for (const [target, event] of held.splice(0)) if (target.isConnected) target.dispatchEvent(event);
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
