import { Fragment } from 'react';
import { charts } from '@/lib/charts';
import { chartTable, tableColumns } from '@/lib/chart-table';
import { formatWhen } from '@/lib/format';
import type { ChartId } from '@/lib/chart-state';

const shown = tableColumns.filter((c) => c.key !== 'value' && c.key !== 'unit');

/**
 * The chart's data with hedges and sources: the text alternative a screen-reader user can walk. On
 * a phone each row stacks its cells under one another, each named by its column, so nothing scrolls
 * sideways (the roles keep it a table to assistive technology, which a change of display can undo).
 */
export function ChartTable({ chart }: { chart: ChartId }) {
  const rows = chartTable(chart);
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Data table: ${charts[chart].title}`}>
      <table role="table" className="w-full border-collapse text-left text-sm max-sm:block" data-table={chart}>
        <caption className="sr-only">{charts[chart].title}</caption>
        <thead role="rowgroup" className="max-sm:sr-only">
          <tr role="row" className="border-b border-ink">
            {shown.map((c) => (
              <th key={c.key} role="columnheader" scope="col" className="px-2 py-1 font-bold text-ink">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="max-sm:block">
          {rows.map((row) => (
            <tr key={row.id} role="row" className="border-b border-rule align-top max-sm:block max-sm:py-2" data-row={row.id}>
              {shown.map((c) => (
                <td key={c.key} role="cell" data-label={c.label} className="px-2 py-1 text-ink max-sm:flex max-sm:gap-2 max-sm:px-0 max-sm:py-0.5 max-sm:before:w-24 max-sm:before:shrink-0 max-sm:before:text-muted max-sm:before:content-[attr(data-label)] max-sm:empty:hidden">
                  {c.key === 'url' && row.url ? (
                    // A long host name may break only after its dots, never inside a word.
                    <a className="underline" href={row.url} rel="noopener noreferrer">
                      {new URL(row.url).hostname.split('.').map((part, i) => (
                        <Fragment key={i}>
                          {i > 0 && '.'}
                          {i > 0 && <wbr />}
                          {part}
                        </Fragment>
                      ))}
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
