'use client';

import { useEffect } from 'react';
import { hydratedEvent } from '@/lib/boot-events';

/**
 * Tells the boot script (lib/deferred-boot) that React now handles the page, so the clicks and keys it
 * held while the framework loaded can be played. Rendered last in the body, its effect runs after
 * those of everything before it.
 */
export function HydratedSignal() {
  useEffect(() => {
    window.dispatchEvent(new Event(hydratedEvent));
  }, []);
  return null;
}
