import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartPanel } from '@/components/ChartPanel';
import { charts, takeawayText } from '@/lib/charts';
import { chartIds, chartPath, imagePath, showsContext } from '@/lib/chart-state';
import { buildVersion } from '@/lib/drawings';
import { siteOrigin } from '@/lib/site';
import { resolveView, type ViewParams } from '@/lib/view-params';
import { viewSlugs } from '@/lib/views';

export const dynamicParams = false;

export const generateStaticParams = () => chartIds.flatMap((chart) => viewSlugs(chart).map((view) => ({ chart, view })));

export async function generateMetadata(props: ViewParams): Promise<Metadata> {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  const meta = charts[chart];
  const description = takeawayText(meta, showsContext(state));
  const image = `${siteOrigin}${imagePath(chart, state, { variant: 'preview', v: buildVersion() })}`;
  const url = `${siteOrigin}${chartPath(chart, state)}`;
  return {
    title: meta.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', title: meta.title, description, url, images: [{ url: image, width: 1200, height: 630, alt: meta.title }] },
    twitter: { card: 'summary_large_image', title: meta.title, description, images: [image] },
  };
}

export default async function ChartPage(props: ViewParams) {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  return <ChartPanel chart={chart} initialState={state} standalone />;
}
