import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPanel } from '@/components/EmbedPanel';
import { chartIds } from '@/lib/chart-state';
import { viewMeta } from '@/lib/page-meta';
import { resolveView, type ViewParams } from '@/lib/view-params';
import { embedSlugs } from '@/lib/views';

export const dynamicParams = false;

export const generateStaticParams = () => chartIds.flatMap((chart) => embedSlugs(chart).map((view) => ({ chart, view })));

/**
 * Named after its chart, so a reader's tab or a screen reader's page title says which chart the frame holds.
 * Search engines are pointed at the chart's own page, which the embed repeats.
 */
export async function generateMetadata(props: ViewParams): Promise<Metadata> {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  const { title, description, url } = viewMeta(chart, state);
  return { title, description, alternates: { canonical: url } };
}

/** The chart in its frame without controls, for other sites' iframes (components/EmbedPanel). */
export default async function EmbedPage(props: ViewParams) {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  return <EmbedPanel chart={chart} state={state} />;
}
