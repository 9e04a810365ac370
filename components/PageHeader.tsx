import { metrics } from '@/data';
import { site } from '@/lib/site';

export function PageHeader() {
  return (
    <header>
      <p className="text-sm font-bold uppercase tracking-wide text-muted">{site.name}</p>
      <h1 className="mt-1 text-2xl font-bold text-ink sm:text-3xl">How Russia and North Korea became wartime partners</h1>
      <p className="mt-2 max-w-3xl text-ink">
        Trade, troops and the exchange of arms for technology, charted from {metrics.article.publisher}’s analysis “
        {metrics.article.title}” and set beside what governments, intelligence services, statistics agencies and an industry official have reported.
        Every number carries its hedge and its source.
      </p>
    </header>
  );
}
