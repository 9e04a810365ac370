import { ChartPanel } from '@/components/ChartPanel';
import { HeadlineFigures } from '@/components/HeadlineFigures';
import { PageHeader } from '@/components/PageHeader';
import { Timeline } from '@/components/Timeline';
import { chartIds, defaultState } from '@/lib/chart-state';

export default function DashboardPage() {
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-6 px-2 py-6 sm:px-6">
      <PageHeader />
      <HeadlineFigures />
      {chartIds.map((id) => (
        <ChartPanel key={id} chart={id} initialState={defaultState(id)} />
      ))}
      <Timeline />
    </main>
  );
}
