/**
 * The production server: Next.js's own request handler (as `next start` runs it), except that every
 * HTML page leaves with its framework scripts deferred until the reader's first interaction
 * (lib/deferred-boot.ts says why). Run by `npm run serve`, the browser tests and the benchmarks.
 * Usage: tsx scripts/server.ts [-H host] [-p port]
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import next from 'next';
import { deferBoot } from '../lib/deferred-boot';

const option = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const hostname = option('-H') ?? '0.0.0.0';
const port = Number(option('-p') ?? process.env.PORT ?? 3000);
const dir = path.join(__dirname, '..');
// Next and the policy's hashes of prerendered pages (lib/content-security-policy) read the build from the working folder.
process.chdir(dir);
const gzipAsync = promisify(gzipCallback);

/**
 * Holds back an HTML response until it is complete, then sends it rewritten (and compressed, when the
 * browser accepts that). Other responses, scripts and images included, pass through untouched.
 */
function rewriteHtml(req: IncomingMessage, res: ServerResponse) {
  // HEAD is left to Next: it has no body to rewrite, and its headers describe the page as Next made it.
  if (req.method !== 'GET' || !req.headers.accept?.includes('text/html')) return;
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  // Next would compress the page before it could be rewritten; it is compressed here instead.
  delete req.headers['accept-encoding'];
  // Next answers a revalidation before it names a content type. A 304 to a weak ETag, which only a
  // rewritten page carries, confirms the browser's rewritten copy, and must describe it as such.
  const confirmsRewritten = /^\s*W\//.test(String(req.headers['if-none-match'] ?? ''));
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
    if (status === 304 && confirmsRewritten) describeRewritten(res);
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
    if (res.statusCode === 304 && confirmsRewritten && !res.headersSent) describeRewritten(res);
    if (!isHtml()) return end.call(res, chunk, ...rest);
    keep(chunk, rest[0]);
    const done = [chunk, ...rest].find((r) => typeof r === 'function') as (() => void) | undefined;
    res.writeHead = writeHead;
    // No body: nothing to rewrite.
    if (chunks.length === 0) return end.call(res, done);
    const page = Buffer.concat(chunks);
    deferred(page, gzip, res.getHeader('ETag')).then(
      (body) => {
        if (gzip) res.setHeader('Content-Encoding', 'gzip');
        describeRewritten(res);
        res.setHeader('Content-Length', body.length);
        end.call(res, body, done);
      },
      // Never a broken page: the page as Next made it still works, with its framework run at once.
      (error) => {
        console.error('Could not defer the framework of', req.url, error);
        res.setHeader('Content-Length', page.length);
        end.call(res, page, done);
      },
    );
    return res;
  } as typeof res.end;
}

/**
 * Prerendered pages (the dashboard, the 404 page) come with Next's ETag and the same bytes every time:
 * their rewritten, compressed form is kept, so serving them costs a lookup. Pages rendered per request
 * carry no ETag.
 */
const rewrittenByEtag = new Map<string, Buffer>();

async function deferred(page: Buffer, gzip: boolean, etag: unknown): Promise<Buffer> {
  const key = typeof etag === 'string' ? `${gzip ? 'gzip' : 'identity'} ${etag}` : undefined;
  const kept = key && rewrittenByEtag.get(key);
  if (kept) return kept;
  const html = Buffer.from(deferBoot(page.toString('utf8')));
  const body = gzip ? await gzipAsync(html) : html;
  if (key) {
    // A handful of pages exist; the bound only guards against a build that makes many.
    if (rewrittenByEtag.size >= 32) rewrittenByEtag.delete(rewrittenByEtag.keys().next().value!);
    rewrittenByEtag.set(key, body);
  }
  return body;
}

/**
 * The same address answers a browser and, say, curl with different bytes: caches must know (Vary),
 * and Next's strong ETag, which names the bytes Next made, may only claim a weak match.
 */
function describeRewritten(res: ServerResponse) {
  const present = String(res.getHeader('Vary') ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const missing = ['Accept', 'Accept-Encoding'].filter((name) => !present.some((p) => p.toLowerCase() === name.toLowerCase()));
  res.setHeader('Vary', [...present, ...missing].join(', '));
  const etag = res.getHeader('ETag');
  if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('ETag', `W/${etag}`);
}

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
app.prepare().then(() => {
  http
    .createServer((req, res) => {
      rewriteHtml(req, res);
      handle(req, res).catch((error) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('The server failed to answer this request.');
      });
    })
    .listen(port, hostname, () => console.log(`Dashboard on http://${hostname}:${port}`));
});
