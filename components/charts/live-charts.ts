import type { ComponentType } from 'react';
import type { ChartByIdProps } from './ChartById';

export type LiveChart = ComponentType<ChartByIdProps>;

let loaded: LiveChart | null = null;
let loading: Promise<LiveChart> | null = null;

/** The live chart component once its code has arrived, shared by every chart on the page. */
export const liveCharts = () => loaded;

/** Whether a reader's interaction has already sent for the code (it may still be on its way). */
export const liveChartsRequested = () => loading !== null;

/** Fetches the charting code once; a failed fetch may be retried by the next interaction. */
export function loadLiveCharts(): Promise<LiveChart> {
  loading ??= import('./ChartById').then(
    (module) => (loaded = module.ChartById),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
