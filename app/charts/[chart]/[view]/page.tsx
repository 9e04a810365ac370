import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartPanel } from '@/components/ChartPanel';
import { chartIds } from '@/lib/chart-state';
import { previewImage, viewMeta } from '@/lib/page-meta';
import { resolveView, type ViewParams } from '@/lib/view-params';
import { viewSlugs } from '@/lib/views';

export const dynamicParams = false;

export const generateStaticParams = () => chartIds.flatMap((chart) => viewSlugs(chart).map((view) => ({ chart, view })));

export async function generateMetadata(props: ViewParams): Promise<Metadata> {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  const { title, description, url } = viewMeta(chart, state);
  const image = previewImage(chart, state);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', title, description, url, images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

export default async function ChartPage(props: ViewParams) {
  const { chart, state } = (await resolveView(props)) ?? notFound();
  return <ChartPanel chart={chart} initialState={state} standalone />;
}
