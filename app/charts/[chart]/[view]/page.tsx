import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartPanel } from '@/components/ChartPanel';
import { chartIds, imagePath } from '@/lib/chart-state';
import { buildVersion } from '@/lib/drawings';
import { viewMeta } from '@/lib/page-meta';
import { siteUrl } from '@/lib/site';
import { resolveView, type ViewParams } from '@/lib/view-params';
import { viewSlugs } from '@/lib/views';

export const dynamicParams = false;

export const generateStaticParams = () => chartIds.flatMap((chart) => viewSlugs(chart).map((view) => ({ chart, view })));

export async function generateMetadata(props: ViewParams): Promise<Metadata> {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  const { title, description, url } = viewMeta(chart, state);
  const image = siteUrl(imagePath(chart, state, { variant: 'preview', v: buildVersion() }));
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', title, description, url, images: [{ url: image, width: 1200, height: 630, alt: title }] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

export default async function ChartPage(props: ViewParams) {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  return <ChartPanel chart={chart} initialState={state} standalone />;
}
