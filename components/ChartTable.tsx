import { Fragment } from 'react';
import { charts } from '@/lib/charts';
import { rowScope, tableColumns, type TableRow } from '@/lib/chart-table';
import { formatWhen } from '@/lib/format';
import type { ChartId } from '@/lib/chart-state';
import { TableView } from './TableView';

/**
 * The columns a reader needs on screen: the figure shows its hedge, so the bare value, unit and
 * qualifier stay in the downloads; who reported a source and where sit in its cell, under it.
 */
const shown = tableColumns.filter((c) => ['label', 'date', 'shown', 'kind', 'source', 'note'].includes(c.key));

/** A source, then who reported it (unless its own words name them) and a link to the report, its host name breaking only after dots. */
function SourceCell({ row }: { row: TableRow }) {
  return (
    <div>
      {row.source}
      {row.reportedBy && !row.source.includes(row.reportedBy) && <span className="block text-muted">reported by {row.reportedBy}</span>}
      {row.url && (
        <a className="block min-h-6 py-0.5 underline" href={row.url} rel="noopener noreferrer">
          {new URL(row.url).hostname.split('.').map((part, i) => (
            <Fragment key={i}>
              {i > 0 && '.'}
              {i > 0 && <wbr />}
              {part}
            </Fragment>
          ))}
        </a>
      )}
    </div>
  );
}

/**
 * The chart's data with hedges and sources: the text alternative a screen-reader user can walk. On
 * a phone each row stacks its cells under one another, each named by its column, so nothing scrolls
 * sideways (the roles keep it a table to assistive technology, which a change of display can undo).
 */
export function ChartTable({ chart }: { chart: ChartId }) {
  const rows = charts[chart].table();
  return (
    <TableView>
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
            {rows.map((row) => {
              const scope = rowScope(row);
              return (
                <tr key={row.id} role="row" className="border-b border-rule align-top max-sm:block max-sm:py-2" data-row={row.id} data-row-other={scope.other || undefined} data-row-direction={scope.direction}>
                  {shown.map((c) => (
                    <td key={c.key} role="cell" data-label={c.label} className={`${c.key === 'date' ? 'sm:whitespace-nowrap ' : c.key === 'shown' ? 'md:whitespace-nowrap ' : ''}px-2 py-1 text-ink max-sm:flex max-sm:gap-2 max-sm:px-0 max-sm:py-0.5 max-sm:before:w-24 max-sm:before:shrink-0 max-sm:before:text-muted max-sm:before:content-[attr(data-label)] max-sm:empty:hidden`}>
                      {c.key === 'source' ? (
                        <SourceCell row={row} />
                      ) : c.key === 'date' && row.date ? (
                        formatWhen(row.date)
                      ) : (
                        String(row[c.key] ?? '')
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </TableView>
  );
}
