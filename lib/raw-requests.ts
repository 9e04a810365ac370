import http from 'node:http';
import { refuseMethod, sendPlain } from './plain-answers';

// The only method the Fetch standard forbids that reaches a 'request' listener: Node's parser refuses TRACK
// with 400, and CONNECT goes to 'connect' (with no listener, the socket is closed).
const forbidden = new Set(['TRACE']);
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
 * Every Node HTTP server in this process answers what Next would answer with a bare 500 or a redirect
 * to another site, before Next sees it: a forbidden method with 405 and Allow: GET, HEAD; a request
 * for the server as a whole (`*`) with what it allows; a full address as a request target is read as its path.
 */
export function guardRawRequests() {
  const proto = http.Server.prototype as http.Server & { [patched]?: true };
  if (proto[patched]) return;
  proto[patched] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event !== 'request') return emit.call(this, event, ...args);
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    if (forbidden.has(request.method ?? '')) {
      refuseMethod(response);
      return true;
    }
    const path = originForm(request.url ?? '/');
    if (path === null) {
      if (request.method === 'OPTIONS') response.writeHead(204, { Allow: 'GET, HEAD', 'Cache-Control': 'no-store' }).end();
      else sendPlain(response, 400, 'A request names a path on this site, such as /charts/trade.');
      return true;
    }
    request.url = path;
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
