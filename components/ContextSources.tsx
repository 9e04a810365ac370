'use client';

import type { ReactNode } from 'react';
import { showsContext } from '@/lib/chart-state';
import { useChartView } from './ChartStateProvider';

/**
 * Shows what names the other parties only while the chart draws their figures, and otherwise what
 * does not. `onTables`: also on the table and sources tabs, which list their rows whatever the chart shows.
 */
export function ContextSources({ children, otherwise = null, onTables = false }: { children: ReactNode; otherwise?: ReactNode; onTables?: boolean }) {
  const { state } = useChartView();
  return showsContext(state) || (onTables && state.tab !== 'chart') ? children : otherwise;
}
