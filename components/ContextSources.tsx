'use client';

import type { ReactNode } from 'react';
import { showsContext } from '@/lib/chart-state';
import { useChartView } from './ChartStateProvider';

/** Shows what names the other parties only while the chart draws their figures, and otherwise what does not. */
export function ContextSources({ children, otherwise = null }: { children: ReactNode; otherwise?: ReactNode }) {
  return showsContext(useChartView().state) ? children : otherwise;
}
