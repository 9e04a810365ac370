'use client';

import type { ReactNode } from 'react';
import { namesOtherParties, showsContext } from '@/lib/chart-state';
import { useChartView } from './ChartStateProvider';

/**
 * Shows what speaks of the other parties only while the chart draws their figures, and otherwise
 * what does not. `credit`: what credits them, which the table and sources tabs need too (`namesOtherParties`).
 */
export function ContextSources({ children, otherwise = null, credit = false }: { children: ReactNode; otherwise?: ReactNode; credit?: boolean }) {
  const { state } = useChartView();
  return (credit ? namesOtherParties(state) : showsContext(state)) ? children : otherwise;
}
