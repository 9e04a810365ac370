import { charts, takeawayText } from '@/lib/charts';
import { takeawayId, type ChartId } from '@/lib/chart-state';
import { ContextSources } from './ContextSources';

/**
 * The chart's finding in one sentence; what other parties add shows only while their figures are drawn.
 * `steady`: the longer sentence keeps its room while the shorter one shows (an invisible copy under it), so
 * hiding other parties' figures does not pull the controls below up under the reader's pointer.
 */
export function Takeaway({ chart, className, steady = false }: { chart: ChartId; className: string; steady?: boolean }) {
  const meta = charts[chart];
  const alone = takeawayText(meta, false);
  if (!meta.takeaway.others) {
    return (
      <p id={takeawayId(chart)} className={className} data-takeaway>
        {alone}
      </p>
    );
  }
  const full = takeawayText(meta, true);
  const shown = <ContextSources otherwise={alone}>{full}</ContextSources>;
  if (!steady) {
    return (
      <p id={takeawayId(chart)} className={className} data-takeaway>
        {shown}
      </p>
    );
  }
  return (
    <div className={`grid ${className}`}>
      <p id={takeawayId(chart)} className="[grid-area:1/1]" data-takeaway>
        {shown}
      </p>
      <p aria-hidden className="invisible [grid-area:1/1]">
        {full}
      </p>
    </div>
  );
}
