'use client';

import { useEffect, useState } from 'react';
import { problemsFromFragment, problemsText, type Rejected, type SettingNames } from '@/lib/link-problems';
import { useChartView } from './ChartStateProvider';

/**
 * A quiet note when part of the link could not be used (lib/link-problems: the server redirected
 * it to the view's own link, with what it could not use in the fragment). The note speaks of the
 * link the reader arrived by, so it goes once they change the view.
 */
export function LinkProblems({ names }: { names: SettingNames }) {
  const { chart, state } = useChartView();
  const [arrived, setArrived] = useState<{ rejected: Rejected[]; state: typeof state } | null>(null);
  useEffect(() => {
    const rejected = problemsFromFragment(chart, location.hash);
    if (!rejected.length) return;
    setArrived({ rejected, state });
    // The fragment has been read; the address bar keeps the view's own link.
    history.replaceState(history.state, '', location.pathname + location.search);
    // Read once, as the page arrives.
  }, []);
  if (!arrived || arrived.state !== state) return null;
  return (
    <p role="status" data-link-problems className="mb-3 rounded border border-rule bg-panel px-3 py-2 text-sm text-muted">
      {problemsText(arrived.rejected, names)}
    </p>
  );
}
