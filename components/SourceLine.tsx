import type { ReactNode } from 'react';
import { articleCredit, charts, citing, citingByState } from '@/lib/charts';
import { party } from '@/lib/figures';
import type { ChartId } from '@/lib/chart-state';
import { ContextSources } from './ContextSources';
import { PartByState } from './PartByState';

/** The frame's last line: who the numbers the view draws come from, short names expanded on hover. */
export function SourceLine({ chart, link }: { chart: ChartId; link: ReactNode }) {
  const meta = charts[chart];
  const byState = citingByState(meta);
  return (
    <p className="text-xs text-muted">
      {articleCredit()}
      {byState ? <PartByState {...byState} /> : citing(meta.articleOutlets)}
      <ContextSources credit>
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
