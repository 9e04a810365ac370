'use client';

import type { ReactNode } from 'react';
import { useChartView } from './ChartStateProvider';

/** Of the parts the server prepared for each value of one field of the chart's state, the one for its current value. */
export function PartByState({ field, parts }: { field: string; parts: Record<string, ReactNode> }) {
  return parts[(useChartView().state as Record<string, string>)[field]] ?? null;
}
