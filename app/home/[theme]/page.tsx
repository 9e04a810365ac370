import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Dashboard } from '@/components/Dashboard';
import { themeChoices } from '@/lib/chart-state';
import { dashboardMeta } from '@/lib/page-meta';

// The dashboard in a chosen theme, prerendered for each: proxy.ts serves `/?theme=dark` from `/home/dark`.
export const dynamicParams = false;

type Theme = Exclude<(typeof themeChoices)[number], 'system'>;
type Props = { params: Promise<{ theme: string }> };
const chosen = (theme: string) => themeChoices.find((t): t is Theme => t === theme && t !== 'system');

export const generateStaticParams = () => themeChoices.filter((t) => t !== 'system').map((theme) => ({ theme }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return dashboardMeta(chosen((await params).theme) ?? notFound());
}

export default async function ThemedDashboardPage({ params }: Props) {
  return <Dashboard theme={chosen((await params).theme) ?? notFound()} />;
}
