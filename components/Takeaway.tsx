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
  const full = meta.takeaway.others ? takeawayText(meta, true) : null;
  const sentence = (cls: string) => (
    <p id={takeawayId(chart)} className={cls} data-takeaway>
      {full ? <ContextSources otherwise={alone}>{full}</ContextSources> : alone}
    </p>
  );
  if (!steady || !full) return sentence(className);
  return (
    <div className={`grid ${className}`}>
      {sentence('[grid-area:1/1]')}
      <p aria-hidden className="invisible [grid-area:1/1]">
        {full}
      </p>
    </div>
  );
}
