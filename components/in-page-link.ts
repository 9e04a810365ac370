import type { KeyboardEvent, MouseEvent } from 'react';

/**
 * Controls are links to their state's URL, so they work before and without scripts. Once scripts
 * run, a plain click changes the view in place; a click with a modifier (a new tab) stays a link.
 */
export function inPage(act: () => void) {
  return {
    onClick: (e: MouseEvent) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      act();
    },
    // A link that acts as a button answers Space, as a button does.
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== ' ') return;
      e.preventDefault();
      act();
    },
  };
}
