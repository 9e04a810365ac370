import type { NextApiRequest, NextApiResponse } from 'next';
import { keptBriefly } from '@/lib/cache-policy';
import { chartIds, defaultState, isChartId } from '@/lib/chart-state';
import { dataPath } from '@/lib/export/export-choice';
import { exportFileName } from '@/lib/export/file-name';
import { tableCsv, tableJson } from '@/lib/export/chart-data';
import { dataFormats, extensions, type DataFormat } from '@/lib/export/file-formats';
import { refuseMethod, sendPlain, sendToAddress } from '@/lib/plain-answers';

/**
 * A chart's data as /charts/<chart>/data.csv or data.json (see next.config.ts): the same for every
 * view: one file per chart, which any cache may keep (lib/cache-policy).
 */
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuseMethod(res);
  const { chart, format } = req.query;
  if (typeof chart !== 'string' || !isChartId(chart)) return sendPlain(res, 404, `Unknown chart. Charts: ${chartIds.join(', ')}.`);
  // lib/route-request.ts sends other spellings (`data.CSV`) to the 404 page, but not under `next dev`, whose rewrites match any case.
  if (!dataFormats.includes(format as DataFormat)) return sendPlain(res, 404, `Data files are ${extensions(dataFormats)}.`);
  // One file per chart has one address: a query (`?utm_source=…`) would only make copies of it in every cache.
  const address = dataPath(chart, format as DataFormat);
  if (req.url !== address) return sendToAddress(res, address);
  const csv = format === 'csv';
  res.setHeader('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', keptBriefly);
  res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(chart, defaultState(chart), { format: csv ? 'csv' : 'json' })}"`);
  return res.status(200).send(csv ? tableCsv(chart) : tableJson(chart));
}

/** The routes take GET and HEAD only: a body sent anyway is never read (nor waited for). */
export const config = { api: { bodyParser: false } };
