import type { ReactNode } from 'react';
import { charts, sourceLine } from '@/lib/charts';
import { party } from '@/lib/figures';
import type { ChartId } from '@/lib/chart-state';
import { ContextSources } from './ContextSources';

/** The frame's last line: who the numbers come from, short names expanded on hover. */
export function SourceLine({ chart, link }: { chart: ChartId; link: ReactNode }) {
  const meta = charts[chart];
  return (
    <p className="text-xs text-muted">
      {sourceLine(meta, false)}
      <ContextSources>
        {meta.contextParties.map((id, i) => (
          <span key={id}>
            {i === 0 ? '; ' : ', '}
            <abbr title={party(id).name} className="no-underline">
              {party(id).short}
            </abbr>
          </span>
        ))}
      </ContextSources>
      {' · '}
      {link}
    </p>
  );
}
