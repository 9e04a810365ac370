/** What the boot script (lib/deferred-boot) and the page's client code tell each other. */

/** Fired on `window` once React has hydrated the page (components/HydratedSignal). */
export const hydratedEvent = 'dashboard:hydrated';

/** Set on <html> when the reader's interaction woke the framework: the charts' code is wanted too. */
export const wokenAttribute = 'data-woken';

/** Set on <html> once React has hydrated the page and played what the boot script held. */
export const hydratedAttribute = 'data-hydrated';
