import { site } from '@/lib/site';

/** A chart page's way back to every chart, for readers who arrive from a shared link. */
export function DashboardLink() {
  return (
    <nav aria-label="Site" className="mb-3 text-sm">
      <a href="/" className="py-1.5 text-muted underline">
        ← {site.name}: all charts
      </a>
    </nav>
  );
}
