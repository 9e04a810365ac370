'use client';

import { useEffect } from 'react';

/**
 * Marks <html data-hydrated> once React has taken over the page, so tests and benchmarks can tell a
 * press that works the page in place from one made before, which follows the control's link.
 */
export function HydratedMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return null;
}
