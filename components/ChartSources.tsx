import { metrics } from '@/data';
import { charts } from '@/lib/charts';
import { derivations, derivationValue } from '@/lib/derived';
import { dataStamp, party } from '@/lib/figures';
import type { ChartId } from '@/lib/chart-state';

/** Where every number of a chart comes from, and how the computed ones were worked out. */
export function ChartSources({ chart }: { chart: ChartId }) {
  const meta = charts[chart];
  const used = derivations.filter((d) => meta.derived.includes(d.id));
  return (
    <div className="space-y-4 text-sm text-ink">
      <div>
        <h2 className="font-bold">The article</h2>
        <p>
          {metrics.article.publisher}, “{metrics.article.title}”
          {meta.articleOutlets.length > 0 && <>, which credits {meta.articleOutlets.join(', ')}</>}. Figures are taken as
          the article states them, with its hedges; the Table tab names the section each comes from.
        </p>
      </div>
      {meta.contextParties.length > 0 && (
        <div>
          <h2 className="font-bold">Other parties’ figures, for context</h2>
          <ul className="list-disc pl-5">
            {meta.contextParties.map((id) => (
              <li key={id}>
                <b>{party(id).short}</b>: {party(id).name}
              </li>
            ))}
          </ul>
          <p className="mt-1 text-muted">Each figure’s outlet, publication date and address are in the Table tab.</p>
        </div>
      )}
      {used.length > 0 && (
        <div>
          <h2 className="font-bold">Computed by us</h2>
          <ul className="list-disc pl-5">
            {used.map((d) => (
              <li key={d.id} data-derivation={d.id}>
                {d.label}: <b>{derivationValue(d)}</b> — {d.how}.
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h2 className="font-bold">Which data this is</h2>
        <p data-stamp>
          {dataStamp()}: the version (a hash of the data files and the article’s figures) and the latest date a source published. The CSV
          and JSON downloads and every picture carry the same stamp, so a copy says which data it shows.
        </p>
      </div>
    </div>
  );
}
