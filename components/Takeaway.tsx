import { takeawayParts } from '@/lib/charts';
import { takeawayId, type ChartId } from '@/lib/chart-state';
import { PartByState } from './PartByState';

/**
 * The chart's finding in one sentence, as the view says it (lib/charts takeawayParts): what other parties
 * add only while their figures are drawn, and where a setting leaves part of the chart out, only what is drawn.
 * `steady`: the longest sentence keeps its room while a shorter one shows (an invisible copy under it), so
 * changing a setting does not pull the controls below up under the reader's pointer.
 */
export function Takeaway({ chart, className, steady = false }: { chart: ChartId; className: string; steady?: boolean }) {
  const { fields, parts } = takeawayParts(chart);
  const sentence = (cls: string) => (
    <p id={takeawayId(chart)} className={cls} data-takeaway>
      <PartByState fields={fields} parts={parts} />
    </p>
  );
  const variants = [...new Set(Object.values(parts))];
  if (!steady || variants.length === 1) return sentence(className);
  const longest = variants.reduce((a, b) => (b.length > a.length ? b : a));
  return (
    <div className={`grid ${className}`}>
      {sentence('[grid-area:1/1]')}
      <p aria-hidden className="invisible [grid-area:1/1]">
        {longest}
      </p>
    </div>
  );
}
