import { metrics } from '@/data';
import { articleCredit, citing } from '@/lib/charts';
import { figure } from '@/lib/figures';
import { formatFigure, kindLabels } from '@/lib/format';

/** A figure as a step names it, its kind said where it is not a plain report (an assessment, a claim). */
const figureText = (id: string) => {
  const f = figure(id);
  return `${f.label}: ${formatFigure(f)}${f.kind === 'reported' ? '' : ` (${kindLabels[f.kind]})`}`;
};

/** The relationship step by step; figures named by an event are shown with their qualifiers. */
export function Timeline() {
  return (
    <section aria-labelledby="timeline-title" className="rounded-lg border border-rule bg-page p-3 sm:p-6">
      <h2 id="timeline-title" className="text-lg font-bold text-ink sm:text-xl">
        From Soviet patron to wartime partner
      </h2>
      <p className="mt-1 text-sm text-ink">Close in the Soviet era, distant once it ended, then slowly closer, and far closer partners once the war in Ukraine began.</p>
      <ol className="mt-4 border-l-2 border-rule">
        {metrics.timeline.map((event) => (
          <li key={event.id} className="relative mb-4 pl-5" data-event={event.id}>
            <span className="absolute -left-[7px] top-1.5 h-3 w-3 rounded-full border-2 border-page bg-ink" aria-hidden="true" />
            <p className="text-sm font-bold text-muted">{event.when}</p>
            <p className="font-bold text-ink">{event.title}</p>
            <p className="text-sm text-ink">{event.detail}</p>
            {event.list && (
              <p className="mt-1 text-sm text-muted">
                {event.list.intro}: {event.list.items.join('; ')}.
              </p>
            )}
            {event.figureIds.length > 0 && (
              <p className="mt-1 text-sm text-muted">
                {event.figureIds.map(figureText).join(' · ')}
              </p>
            )}
          </li>
        ))}
      </ol>
      <p className="border-t border-rule pt-2 text-xs text-muted">
        {articleCredit()}, sections{' '}
        {[...new Set(metrics.timeline.map((e) => `“${e.source.section}”`))].join(', ')}
        {citing([...new Set(metrics.timeline.flatMap((e) => (e.source.outlet ? [e.source.outlet] : [])))])}.
      </p>
    </section>
  );
}
