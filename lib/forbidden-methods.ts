import http from 'node:http';
import { onlyGetAndHead } from './plain-answers';

// CONNECT never reaches a 'request' listener (Node emits 'connect' and, with none, closes the socket).
const forbidden = new Set(['TRACE', 'TRACK']);
const patched = Symbol.for('moscow-pyongyang.forbidden-methods');

/** Every Node HTTP server in this process answers a forbidden method with 405 and Allow: GET, HEAD. */
export function refuseForbiddenMethods() {
  const proto = http.Server.prototype as http.Server & { [patched]?: true };
  if (proto[patched]) return;
  proto[patched] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
    if (event === 'request' && forbidden.has(request.method ?? '')) {
      response.writeHead(onlyGetAndHead.status, onlyGetAndHead.headers).end(onlyGetAndHead.body);
      return true;
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
