/**
 * The production server: Next.js's own request handler (as `next start` runs it), except that every
 * HTML page leaves with its framework scripts deferred until the reader's first interaction
 * (lib/deferred-boot.ts says why). Run by `npm run serve`, the browser tests and the benchmarks.
 * Usage: tsx scripts/server.ts [-H host] [-p port]
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import next from 'next';
import { deferBoot } from '../lib/deferred-boot';

const option = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const hostname = option('-H') ?? '0.0.0.0';
const port = Number(option('-p') ?? process.env.PORT ?? 3000);
const dir = path.join(__dirname, '..');

/**
 * Holds back an HTML response until it is complete, then sends it rewritten (and compressed, when the
 * browser accepts that). Other responses, scripts and images included, pass through untouched.
 */
function rewriteHtml(req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' || !req.headers.accept?.includes('text/html')) return;
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  // Next would compress the page before it could be rewritten; it is compressed here instead.
  delete req.headers['accept-encoding'];
  const chunks: Buffer[] = [];
  let html: boolean | undefined;
  const isHtml = () => (html ??= String(res.getHeader('content-type') ?? '').startsWith('text/html'));
  const { flushHeaders, writeHead } = res;
  const write = res.write as (...args: unknown[]) => boolean;
  const end = res.end as (...args: unknown[]) => ServerResponse;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk != null && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
  };
  // Headers given to writeHead would leave at once; kept as set headers, they wait for the rewritten body.
  res.writeHead = function (status: number, ...rest: unknown[]) {
    res.statusCode = status;
    if (typeof rest[0] === 'string') res.statusMessage = rest[0];
    const headers = rest.find((r) => r && typeof r === 'object') as Record<string, string | string[]> | string[] | undefined;
    if (Array.isArray(headers)) for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    else if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    return isHtml() ? res : writeHead.call(res, status);
  } as typeof res.writeHead;
  res.flushHeaders = function () {
    if (!isHtml()) flushHeaders.call(res);
  };
  res.write = function (chunk: unknown, ...rest: unknown[]) {
    if (!isHtml()) return write.call(res, chunk, ...rest);
    keep(chunk, rest[0]);
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    done?.();
    return true;
  } as typeof res.write;
  res.end = function (chunk?: unknown, ...rest: unknown[]) {
    if (!isHtml()) return end.call(res, chunk, ...rest);
    keep(chunk, rest[0]);
    const done = [chunk, ...rest].find((r) => typeof r === 'function') as (() => void) | undefined;
    // A 304, or a HEAD request: nothing to rewrite.
    if (chunks.length === 0) {
      res.writeHead = writeHead;
      return end.call(res, done);
    }
    let body = Buffer.from(deferBoot(Buffer.concat(chunks).toString('utf8')));
    if (gzip) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
    }
    const vary = String(res.getHeader('Vary') ?? '');
    if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    res.setHeader('Content-Length', body.length);
    res.writeHead = writeHead;
    return end.call(res, body, done);
  } as typeof res.end;
}

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
app.prepare().then(() => {
  http
    .createServer((req, res) => {
      rewriteHtml(req, res);
      handle(req, res);
    })
    .listen(port, hostname, () => console.log(`Dashboard on http://${hostname}:${port}`));
});
