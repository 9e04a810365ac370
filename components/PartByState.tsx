'use client';

import type { ReactNode } from 'react';
import { useChartView } from './ChartStateProvider';

/**
 * Of the parts the server prepared for each combination of some fields of the chart's state (keyed
 * by their values joined with a space), the one for the current state.
 */
export function PartByState({ fields, parts }: { fields: string[]; parts: Record<string, ReactNode> }) {
  const state = useChartView().state as Record<string, string>;
  return parts[fields.map((f) => state[f]).join(' ')] ?? null;
}
