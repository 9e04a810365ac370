import { charts, takeawayText } from '@/lib/charts';
import { stateOptions, takeawayId, type ChartId, type ChartState } from '@/lib/chart-state';
import { ContextSources } from './ContextSources';
import { PartByState } from './PartByState';

/**
 * The chart's finding in one sentence; what other parties add shows only while their figures are drawn,
 * and where a setting leaves part of the chart out, the finding names only what is drawn.
 * `steady`: the longest sentence keeps its room while a shorter one shows (an invisible copy under it), so
 * changing a setting does not pull the controls below up under the reader's pointer.
 */
export function Takeaway({ chart, className, steady = false }: { chart: ChartId; className: string; steady?: boolean }) {
  const meta = charts[chart];
  const { follows, others } = meta.takeaway;
  const alone = takeawayText(meta, false);
  const full = others ? takeawayText(meta, true) : null;
  const byValue = follows
    ? Object.fromEntries((stateOptions[chart] as Record<string, readonly string[]>)[follows.field].map((value) => [value, takeawayText(meta, false, { [follows.field]: value } as ChartState)]))
    : null;
  const sentence = (cls: string) => (
    <p id={takeawayId(chart)} className={cls} data-takeaway>
      {byValue ? <PartByState fields={[follows!.field]} parts={byValue} /> : full ? <ContextSources otherwise={alone}>{full}</ContextSources> : alone}
    </p>
  );
  const variants = new Set([alone, ...(full ? [full] : []), ...Object.values(byValue ?? {})]);
  if (!steady || variants.size === 1) return sentence(className);
  const longest = [...variants].reduce((a, b) => (b.length > a.length ? b : a));
  return (
    <div className={`grid ${className}`}>
      {sentence('[grid-area:1/1]')}
      <p aria-hidden className="invisible [grid-area:1/1]">
        {longest}
      </p>
    </div>
  );
}
