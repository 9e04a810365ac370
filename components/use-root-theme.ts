'use client';

import { useEffect } from 'react';

/**
 * Puts the reader's theme choice on <html> as well as on the page's wrapper (which the server
 * renders, so the first paint is right): the root's background, scrollbars and a phone's overscroll
 * area then follow the choice, not only the content.
 */
export function useRootTheme(theme: 'light' | 'dark' | undefined, active = true) {
  useEffect(() => {
    if (!active) return;
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
    return () => {
      delete root.dataset.theme;
    };
  }, [theme, active]);
}
