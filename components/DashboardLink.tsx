'use client';

import { dashboardPath } from '@/lib/chart-url';
import { site } from '@/lib/site';
import { useChartView } from './ChartStateProvider';

/** A chart page's way back to every chart, for readers who arrive from a shared link, in the theme the page shows. */
export function DashboardLink() {
  const { state } = useChartView();
  return (
    <nav aria-label="Site" className="mb-3 text-sm">
      <a href={dashboardPath(state.theme)} className="py-1.5 text-muted underline">
        ← {site.name}: all charts
      </a>
    </nav>
  );
}
