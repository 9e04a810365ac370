import type { ReactNode } from 'react';
import { charts } from '@/lib/charts';
import { ChartNotes } from './ChartNotes';
import type { ChartId } from '@/lib/chart-state';
import { Takeaway } from './Takeaway';

type Props = { chart: ChartId; toolbar?: ReactNode; children: ReactNode; footer: ReactNode; headingLevel?: 'h1' | 'h2' };

/** The frame every chart sits in (design.md): title, takeaway, toolbar, chart, notes, source line. */
export function ChartFrame({ chart, toolbar, children, footer, headingLevel = 'h2' }: Props) {
  const meta = charts[chart];
  const Heading = headingLevel;
  return (
    <section className="chart-frame rounded-lg border border-rule bg-page p-3 sm:p-6" aria-labelledby={`${chart}-title`} data-frame={chart}>
      <Heading id={`${chart}-title`} className="text-lg font-bold text-ink sm:text-xl">
        {/* A span of years ("2018–2025") never breaks at its dash. */}
        {meta.title.split(/(\d{4}–\d{4})/).map((part, i) => (i % 2 ? <span key={i} className="whitespace-nowrap">{part}</span> : part))}
      </Heading>
      <Takeaway chart={chart} className="mt-1 text-sm text-ink sm:text-base" steady />
      {toolbar && <div className="mt-3">{toolbar}</div>}
      <div className="mt-4">{children}</div>
      <ChartNotes notes={meta.notes} />
      <FrameFooter>{footer}</FrameFooter>
    </section>
  );
}

/** The source line's place at the foot of a frame, ruled off from the notes above it. */
export function FrameFooter({ children }: { children: ReactNode }) {
  return <div className="mt-3 border-t border-rule pt-2">{children}</div>;
}
