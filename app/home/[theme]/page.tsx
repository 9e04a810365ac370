import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Dashboard } from '@/components/Dashboard';
import { dashboardMeta } from '@/lib/page-meta';
import { themes } from '@/lib/palette';

// The dashboard in a chosen theme, prerendered for each: proxy.ts serves `/?theme=dark` from `/home/dark`.
export const dynamicParams = false;

type Props = { params: Promise<{ theme: string }> };
const chosen = (theme: string) => themes.find((t) => t === theme);

export const generateStaticParams = () => themes.map((theme) => ({ theme }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return dashboardMeta(chosen((await params).theme) ?? notFound());
}

export default async function ThemedDashboardPage({ params }: Props) {
  return <Dashboard theme={chosen((await params).theme) ?? notFound()} />;
}
