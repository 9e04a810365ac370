import http from 'node:http';
import type { Duplex } from 'node:stream';
import { onlyGetAndHead, sendPlain, sendToAddress } from './plain-answers';

const patched = Symbol.for('moscow-pyongyang.raw-requests');

/**
 * A request target as the app reads it, a path: the absolute form (`http://host/path`, which HTTP
 * has servers accept, though only proxies are sent it) loses its scheme and host, which this origin
 * never reads; `*` (the server as a whole, for OPTIONS only) has no path, so it gets null.
 */
export function originForm(target: string): string | null {
  if (target.startsWith('/')) return target;
  const url = URL.parse(target);
  return url && /^https?:$/.test(url.protocol) ? `${url.pathname}${url.search}` : null;
}

/**
 * The one spelling of a path written with dot segments (`/charts/../charts/trade`, `%2e` for a dot too),
 * doubled slashes or backslashes (`/charts//trade`, `/charts\\trade`, which browsers read as slashes) or an
 * empty query (`/charts/trade?`), as a browser would ask for it: served as they are, each would be one more
 * copy of its page in a cache (and Next's own redirect of a doubled slash says nothing of how long it holds).
 */
export function oneSpelling(path: string): string {
  const at = path.indexOf('?');
  const [pathname, query] = at < 0 ? [path, null] : [path.slice(0, at), path.slice(at + 1)];
  const dotted = /(^|[\/\\])(\.|%2e){1,2}(?=[\/\\]|$)/i.test(pathname);
  const slashes = /\/\/|\\/.test(pathname);
  if (!dotted && !slashes && query !== '') return path;
  const single = pathname.replace(/[\/\\]+/g, '/');
  // After the origin, so nothing in the path can be read as a host.
  const normal = dotted ? new URL(`http://x${single.replace(/%2e/gi, '.')}`).pathname : single;
  return query ? `${normal}?${query}` : normal;
}

/** The site takes no upgraded connection (no websockets): the answer written to the bare socket, which is then closed. */
const noUpgrade = (socket: Duplex) =>
  socket.end('HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n\r\nThis site takes no upgraded connections.');

/**
 * Every Node HTTP server in this process answers, before Next sees them, requests Next would answer
 * with a bare 500, a page without its policy, a redirect to another site, or not at all:
 * - any method but GET and HEAD, with 405 and Allow: GET, HEAD (the proxy and the file routes say the
 *   same where this does not run), at once, without waiting for a body, and closing the connection;
 * - a request for the server as a whole (`*`): OPTIONS gets what it allows, any other method a 400;
 * - an Upgrade (a websocket), which Next leaves open for good where no route takes it, with 400 and a closed socket;
 * - Next's image optimiser (`/_next/image`), which Next serves before the proxy and the site does not use: it would
 *   be a second address for every picture, and resize one for each width and quality asked, without bound;
 * - Next's middleware prefetch (`x-middleware-prefetch`), which it answers with a blank page: the site has no
 *   client-side navigation;
 * and reads a full address as a request target as its path, sending a path with dot segments or an empty
 * query (or doubled slashes) to its one spelling. `development`: the development server's own
 * upgrades (live reload) and other methods (its error overlay's) pass, TRACE aside, which it cannot take either.
 */
export function guardRawRequests({ development = false } = {}) {
  const proto = http.Server.prototype as http.Server & { [patched]?: true };
  if (proto[patched]) return;
  proto[patched] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    let answeredHere: boolean;
    try {
      answeredHere = answer(event, args, development);
    } catch {
      // A target this reads wrongly is refused, never left unanswered.
      answeredHere = event === 'request' ? (sendPlain(args[1] as http.ServerResponse, 400, 'A request names a path on this site, such as /charts/trade.'), true) : false;
    }
    return answeredHere || emit.call(this, event, ...args);
  } as typeof proto.emit;
}

/** Answers what the guard answers and says so; otherwise leaves the request to Next, its target read as a path. */
function answer(event: string | symbol, args: unknown[], development: boolean): boolean {
  if (event === 'upgrade' && !development) {
    noUpgrade(args[1] as Duplex);
    return true;
  }
  if (event !== 'request') return false;
  const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
  const path = originForm(request.url ?? '/');
  if (path === null) {
    if (request.method === 'OPTIONS') response.writeHead(204, { Allow: 'GET, HEAD', 'Cache-Control': 'no-store' }).end();
    else sendPlain(response, 400, 'A request names a path on this site, such as /charts/trade.');
    return true;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD' && (!development || request.method === 'TRACE')) {
    response.writeHead(onlyGetAndHead.status, { ...onlyGetAndHead.headers, Connection: 'close' }).end(onlyGetAndHead.body);
    return true;
  }
  if (/^\/_next\/image(\/|$)/.test(path.split('?')[0])) {
    sendPlain(response, 404, 'No such file.');
    return true;
  }
  if (request.headers['x-middleware-prefetch'] !== undefined) {
    sendPlain(response, 400, 'This site has no client-side navigation.');
    return true;
  }
  const spelt = oneSpelling(path);
  if (spelt !== path) {
    sendToAddress(response, spelt);
    return true;
  }
  request.url = path;
  return false;
}
