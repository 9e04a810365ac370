import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartPanel } from '@/components/ChartPanel';
import { chartIds } from '@/lib/chart-state';
import { chartPageMeta } from '@/lib/page-meta';
import { resolveView, type ViewParams } from '@/lib/view-params';
import { viewSlugs } from '@/lib/views';

export const dynamicParams = false;

export const generateStaticParams = () => chartIds.flatMap((chart) => viewSlugs(chart).map((view) => ({ chart, view })));

export async function generateMetadata(props: ViewParams): Promise<Metadata> {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  return chartPageMeta(chart, state);
}

export default async function ChartPage(props: ViewParams) {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  return <ChartPanel chart={chart} initialState={state} standalone />;
}
