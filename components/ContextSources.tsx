'use client';

import type { ReactNode } from 'react';
import { showsContext } from '@/lib/chart-state';
import { useChartView } from './ChartStateProvider';

/** Names the other parties only while the chart draws their figures. */
export function ContextSources({ children }: { children: ReactNode }) {
  return showsContext(useChartView().state) ? children : null;
}
