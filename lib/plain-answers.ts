import type { ServerResponse } from 'node:http';
import { keptBriefly } from './cache-policy';

const plainText = 'text/plain; charset=utf-8';

/** The answer to any method but GET and HEAD, wherever it arrives (proxy, file routes, the Node server): kept by no cache. */
export const onlyGetAndHead = {
  status: 405,
  body: 'Only GET and HEAD.',
  headers: { Allow: 'GET, HEAD', 'Content-Type': plainText, 'Cache-Control': 'no-store' },
} as const;

/** A refusal in plain words (what is allowed), kept by no cache: the request may be right a moment later. */
export const plainRefusal = (message: string) => ({ body: message, headers: { 'Content-Type': plainText, 'Cache-Control': 'no-store' } });

/** A file route's refusal. */
export const sendPlain = (res: ServerResponse, status: number, message: string) => {
  const { body, headers } = plainRefusal(message);
  return res.writeHead(status, headers).end(body);
};

/** The 405 from a file route. */
export const refuseMethod = (res: ServerResponse) => res.writeHead(onlyGetAndHead.status, onlyGetAndHead.headers).end(onlyGetAndHead.body);

/**
 * A file asked for under another spelling than its one address is sent there for good: the same answer
 * for everyone who asks, as a page's redirect is (lib/cache-policy).
 */
export const sendToAddress = (res: ServerResponse, address: string) =>
  res.writeHead(308, { Location: address, 'Cache-Control': keptBriefly }).end();
