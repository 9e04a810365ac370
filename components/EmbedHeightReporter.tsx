'use client';

import { useEffect } from 'react';
import { embedHeightMessage } from '@/lib/embed';

/**
 * Tells the page framing this embed how tall its content is, whenever that changes: the snippet's
 * fixed height fits the full embed width, and a narrower frame (a phone) wraps the words onto more
 * lines. The snippet's script sets the frame's height from it; without that script the fixed height stands.
 */
export function EmbedHeightReporter() {
  useEffect(() => {
    const main = document.querySelector('main');
    if (!main || window.parent === window) return;
    const report = () => {
      const last = main.lastElementChild;
      const bottom = Math.max(...[...main.children].map((c) => c.getBoundingClientRect().bottom));
      const below = parseFloat(getComputedStyle(main).paddingBottom) + (last ? parseFloat(getComputedStyle(last).marginBottom) : 0);
      const height = Math.ceil(bottom + window.scrollY + below);
      window.parent.postMessage({ type: embedHeightMessage, height }, '*');
    };
    const observer = new ResizeObserver(report);
    [main, ...main.children].forEach((c) => observer.observe(c));
    report();
    return () => observer.disconnect();
  }, []);
  return null;
}
