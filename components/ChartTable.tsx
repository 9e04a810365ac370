import { charts } from '@/lib/charts';
import { chartTable, tableColumns } from '@/lib/chart-table';
import { formatWhen } from '@/lib/format';
import type { ChartId } from '@/lib/chart-state';

const shown = tableColumns.filter((c) => c.key !== 'value' && c.key !== 'unit');

/** The chart's data with hedges and sources: the text alternative a screen-reader user can walk. */
export function ChartTable({ chart }: { chart: ChartId }) {
  const rows = chartTable(chart);
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Data table: ${charts[chart].title}`}>
      <table className="w-full border-collapse text-left text-sm" data-table={chart}>
        <caption className="sr-only">{charts[chart].title}</caption>
        <thead>
          <tr className="border-b border-ink">
            {shown.map((c) => (
              <th key={c.key} scope="col" className="px-2 py-1 font-bold text-ink">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-rule align-top" data-row={row.id}>
              {shown.map((c) => (
                <td key={c.key} className="px-2 py-1 text-ink">
                  {c.key === 'url' && row.url ? (
                    <a className="break-all underline" href={row.url} rel="noopener noreferrer">
                      {new URL(row.url).hostname}
                    </a>
                  ) : c.key === 'date' && row.date ? (
                    formatWhen(row.date)
                  ) : (
                    String(row[c.key] ?? '')
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
