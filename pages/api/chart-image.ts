import type { NextApiRequest, NextApiResponse } from 'next';
import { parseImageRequest } from '@/lib/export/image-request';
import { cachedPng } from '@/lib/export/png-cache';
import { renderChartPng } from '@/lib/export/render-chart';
import { requestOrigin } from '@/lib/request-origin';

/**
 * PNG of a chart state, reached as /charts/<chart>/image.png?<state>&density=2 (see next.config.ts).
 * A Pages Router route, because App Router handlers may not import react-dom/server, which
 * renders the same Recharts SVG the page shows.
 */
export default function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return res.status(405).send('Only GET and HEAD.');
  }
  const origin = requestOrigin(req.headers);
  const parsed = parseImageRequest(req.query, origin);
  if (!parsed.ok && parsed.status === 308) {
    res.setHeader('Location', parsed.location);
    return res.status(308).end();
  }
  if (!parsed.ok) {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    return res.status(parsed.status).send(parsed.message);
  }
  res.setHeader('ETag', parsed.etag);
  // The URL names a state, not a build: a corrected figure must reach caches within the hour, and
  // the ETag (which changes with each build) makes the check after that cheap.
  res.setHeader('Cache-Control', 'public, max-age=3600');
  res.setHeader('Vary', 'Host');
  if (req.headers['if-none-match'] === parsed.etag) return res.status(304).end();
  try {
    const png = cachedPng(parsed.etag, () => renderChartPng({ ...parsed, origin }));
    res.setHeader('Content-Type', 'image/png');
    res.setHeader('Content-Length', png.length);
    // end(), not send(): send() would swap our state-keyed ETag for a hash of the body.
    return res.status(200).end(req.method === 'HEAD' ? undefined : png);
  } catch (error) {
    console.error('chart image failed', error);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    return res.status(500).send('The image could not be drawn.');
  }
}
