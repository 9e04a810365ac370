import { charts, takeawayText } from '@/lib/charts';
import { takeawayId, type ChartId } from '@/lib/chart-state';
import { ContextSources } from './ContextSources';

/** The chart's finding in one sentence; what other parties add shows only while their figures are drawn. */
export function Takeaway({ chart, className }: { chart: ChartId; className: string }) {
  const meta = charts[chart];
  const alone = takeawayText(meta, false);
  return (
    <p id={takeawayId(chart)} className={className} data-takeaway>
      {meta.takeaway.others ? <ContextSources otherwise={alone}>{takeawayText(meta, true)}</ContextSources> : alone}
    </p>
  );
}
