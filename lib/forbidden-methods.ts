import http from 'node:http';
import { refuseMethod } from './plain-answers';

// The only method the Fetch standard forbids that reaches a 'request' listener: Node's parser refuses TRACK
// with 400, and CONNECT goes to 'connect' (with no listener, the socket is closed).
const forbidden = new Set(['TRACE']);
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
      refuseMethod(response);
      return true;
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
