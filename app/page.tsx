import type { Metadata } from 'next';
import { Dashboard } from '@/components/Dashboard';
import { dashboardMeta } from '@/lib/page-meta';

export const metadata: Metadata = dashboardMeta('system');

export default function DashboardPage() {
  return <Dashboard theme="system" />;
}
