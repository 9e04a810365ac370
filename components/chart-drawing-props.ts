import type { Layout } from '@/lib/chart-size';
import type { ChartId, ChartState } from '@/lib/chart-state';

/** `markup`: a drawing fetched for a state the server did not draw into this page; absent, the server's own. */
export type ChartDrawingProps = { chart: ChartId; state: ChartState; layout: Layout; markup?: string };
