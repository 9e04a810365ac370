'use client';

import { useState } from 'react';
import type { Rejected } from '@/lib/parse-state';
import { useChartView } from './ChartStateProvider';

/**
 * A quiet note when part of the link could not be used. Only known setting names are named;
 * unknown keys are counted, never echoed, so nothing from the URL is shown back as typed. The note
 * speaks of the link the reader arrived by, so it goes once they change the view.
 */
export function LinkProblems({ rejected }: { rejected: Rejected[] }) {
  const { state } = useChartView();
  const [linked] = useState(state);
  if (rejected.length === 0 || state !== linked) return null;
  const keys = (reason: Rejected['reason']) => rejected.filter((r) => r.reason === reason).map((r) => r.key);
  const named = (list: string[], what: string) => (list.length ? `${list.length === 1 ? 'the setting' : 'the settings'} ${list.join(' and ')} ${what}` : '');
  const unknown = keys('unknown').length;
  const parts = [
    named(keys('invalid'), 'had a value we do not know, so the default is shown'),
    named(keys('repeated'), 'came more than once, so the default is shown'),
    named(keys('unfit'), 'did not fit the other settings, so the default is shown'),
    unknown ? `${unknown} unknown ${unknown === 1 ? 'setting was' : 'settings were'} ignored` : '',
  ].filter(Boolean);
  return (
    <p role="status" data-link-problems className="mb-3 rounded border border-rule bg-panel px-3 py-2 text-sm text-muted">
      Part of this link could not be used: {parts.join('; ')}.
    </p>
  );
}
