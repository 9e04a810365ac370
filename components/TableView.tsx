'use client';

import type { ReactNode } from 'react';
import { directionShown, showsContext } from '@/lib/chart-state';
import { useChartView } from './ChartStateProvider';

/**
 * The table lists what the chart draws: it says, from the view, whether other parties' rows and
 * which direction's flows show, and app/globals.css hides the rest (each row says what it is), so a
 * control pressed on the Table tab changes the table at once.
 */
export function TableView({ children }: { children: ReactNode }) {
  const { state } = useChartView();
  return (
    <div data-others={showsContext(state) ? 'shown' : 'hidden'} data-direction={directionShown(state)}>
      {children}
    </div>
  );
}
