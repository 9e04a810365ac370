import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ChartPanel } from '@/components/ChartPanel';
import { InlineScript } from '@/components/InlineScript';
import { charts, takeawayText } from '@/lib/charts';
import { chartPath, imagePath, isChartId, showsContext } from '@/lib/chart-state';
import { chartPageScript } from '@/lib/chart-page-script';
import { parseState } from '@/lib/parse-state';
import { requestOrigin } from '@/lib/request-origin';

type Props = { params: Promise<{ chart: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function resolve({ params, searchParams }: Props) {
  const { chart } = await params;
  if (!isChartId(chart)) notFound();
  return { chart, ...parseState(chart, await searchParams) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { chart, state } = await resolve(props);
  const meta = charts[chart];
  const description = takeawayText(meta, showsContext(state));
  const origin = requestOrigin(await headers());
  const image = `${origin}${imagePath(chart, state as never, { variant: 'preview' })}`;
  const url = `${origin}${chartPath(chart, state as never)}`;
  return {
    title: meta.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', title: meta.title, description, url, images: [{ url: image, width: 1200, height: 630, alt: meta.title }] },
    twitter: { card: 'summary_large_image', title: meta.title, description, images: [image] },
  };
}

export default async function ChartPage(props: Props) {
  const { chart, state, rejected } = await resolve(props);
  return (
    <>
      <ChartPanel key={chartPath(chart, state as never)} chart={chart} initialState={state} standalone rejected={rejected} />
      <InlineScript code={chartPageScript(chart, state as never)} />
    </>
  );
}
