import fresh from 'fresh';
import type { NextApiRequest, NextApiResponse } from 'next';
import { keptBriefly, keptForGood } from '@/lib/cache-policy';
import { buildVersion } from '@/lib/drawings';
import { picturePng, rasterThreads, storedOutlines } from '@/lib/export/chart-picture';
import { exportFileName } from '@/lib/export/file-name';
import { parseImageRequest } from '@/lib/export/image-request';
import { cachedPng, drawnPng } from '@/lib/export/png-cache';
import { boundedQueue, QueueFull } from '@/lib/export/render-queue';
import { refuseMethod, sendPlain, sendToAddress } from '@/lib/plain-answers';

// One picture drawn at a time per core but one (at most four), the last left to the event loop that answers every
// other request (on two cores, one); a few dozen waiting; past that a request is asked to come back.
const drawing = boundedQueue(rasterThreads, 48);

/**
 * A chart state's picture, reached as /charts/<chart>/image.png?<state>&density=2 (or image.svg;
 * see next.config.ts): the build's drawing, framed, rasterised off the event loop and a bounded
 * number at a time. A Pages Router route, as the picture is made on the server in plain Node.
 */
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuseMethod(res);
  const version = buildVersion();
  const parsed = parseImageRequest(req.query, version);
  if (!parsed.ok && parsed.status !== 308) return sendPlain(res, parsed.status, parsed.message);
  // req.url is the address as asked, before next.config.ts rewrote it onto this route.
  if (!parsed.ok) return sendToAddress(res, parsed.location);
  if (parsed.canonical !== req.url) return sendToAddress(res, parsed.canonical);
  res.setHeader('ETag', parsed.etag);
  // A URL naming this build never changes its picture; one without (a hand-made link, an old build's)
  // gets the current picture for a short while (lib/cache-policy).
  res.setHeader('Cache-Control', parsed.current ? keptForGood : keptBriefly);
  res.setHeader('Content-Type', parsed.format === 'png' ? 'image/png' : 'image/svg+xml; charset=utf-8');
  const choice = parsed.format === 'png' ? { format: 'png' as const, density: parsed.density } : { format: 'svg' as const };
  res.setHeader('Content-Disposition', `inline; filename="${exportFileName(parsed.chart, parsed.state, choice, parsed.layout)}"`);
  // As HTTP compares: a list, `*`, or the weak form a compressing proxy turns our ETag into.
  if (fresh(req.headers, { etag: parsed.etag })) return res.status(304).end();
  try {
    // HEAD says what a GET would send without drawing it: the size of an SVG (a stored file) or of a PNG drawn already.
    if (req.method === 'HEAD') {
      const known = parsed.format === 'svg' ? storedOutlines(parsed) : drawnPng(parsed.etag);
      if (known) res.setHeader('Content-Length', known.length);
      return res.status(200).end();
    }
    const body =
      parsed.format === 'svg'
        ? storedOutlines(parsed)
        : await cachedPng(parsed.etag, () => drawing(() => picturePng(parsed, parsed.density)));
    res.setHeader('Content-Length', body.length);
    // end(), not send(): send() would swap our state-keyed ETag for a hash of the body.
    return res.status(200).end(body);
  } catch (error) {
    if (error instanceof QueueFull) {
      res.setHeader('Retry-After', '2');
      return sendPlain(res, 503, 'Busy drawing other pictures; try again in a moment.');
    }
    console.error('chart image failed', error);
    return sendPlain(res, 500, 'The image could not be drawn.');
  }
}

/** The routes take GET and HEAD only: a body sent anyway is never read (nor waited for). */
export const config = { api: { bodyParser: false } };
