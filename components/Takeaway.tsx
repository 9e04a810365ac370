import { charts } from '@/lib/charts';
import { takeawayId, type ChartId } from '@/lib/chart-state';
import { ContextSources } from './ContextSources';

/** The chart's finding in one sentence; the clause on other parties' figures shows only while they are drawn. */
export function Takeaway({ chart, className }: { chart: ChartId; className: string }) {
  const { finding, others } = charts[chart].takeaway;
  return (
    <p id={takeawayId(chart)} className={className} data-takeaway>
      {finding}
      {others && <ContextSources>{`; ${others}`}</ContextSources>}.
    </p>
  );
}
