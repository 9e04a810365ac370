import type { Metadata } from 'next';
import { charts } from '@/lib/charts';
import { chartIds, defaultState } from '@/lib/chart-state';
import { chartPath } from '@/lib/chart-url';

export const metadata: Metadata = { title: 'No such page' };

/** Also shown inside embeds (an unknown `/embed/…` id): its links leave the host's frame, as chart pages refuse framing. */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-2xl px-4 py-12 text-ink">
      <h1 className="text-2xl font-bold">No such page</h1>
      <p className="mt-2">The chart or page in this link does not exist. These are the charts there are:</p>
      <ul className="mt-4 list-disc space-y-1 pl-5" data-chart-list>
        {chartIds.map((id) => (
          <li key={id}>
            <a className="underline" href={chartPath(id, defaultState(id))} target="_top">
              {charts[id].title}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <a className="underline" href="/" target="_top">
          Back to the dashboard
        </a>
      </p>
    </main>
  );
}
