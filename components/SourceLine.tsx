import { charts, sourceLine } from '@/lib/charts';
import { party } from '@/lib/figures';
import type { ChartId } from '@/lib/chart-state';

/** The frame's last line: who the numbers come from, short names expanded on hover. */
export function SourceLine({ chart, includeContext, href }: { chart: ChartId; includeContext: boolean; href: string }) {
  const meta = charts[chart];
  return (
    <p className="text-xs text-muted">
      {sourceLine(meta, false)}
      {includeContext &&
        meta.contextParties.map((id, i) => (
          <span key={id}>
            {i === 0 ? '; ' : ', '}
            <abbr title={party(id).name} className="no-underline">
              {party(id).short}
            </abbr>
          </span>
        ))}
      {' · '}
      <a className="underline" href={href}>
        Chart link
      </a>
    </p>
  );
}
