import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { guardRawRequests, oneSpelling, originForm } from '@/lib/raw-requests';

/** A raw request, as a client that is not a browser can send it (fetch itself refuses these methods and targets). */
function send(port: number, method: string, path = '/charts/trade'): Promise<{ status: number; allow?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, allow: res.headers.allow, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** What the server writes back to bytes sent as they are, until it closes the connection. */
function sendBytes(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    socket.on('data', (d) => (answer += d));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    socket.setTimeout(3000, () => socket.destroy(new Error(`no answer, and the connection still open, after: ${answer}`)));
  });
}

async function withServer(steps: (port: number, seen: string[]) => Promise<void>) {
  guardRawRequests();
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.end('app');
  });
  // As Next's own server does: an upgrade no route takes is left as it is, open.
  server.on('upgrade', (req: http.IncomingMessage) => seen.push(`upgrade ${req.url}`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await steps((server.address() as AddressInfo).port, seen);
  } finally {
    server.close();
  }
}

describe('raw requests Next would answer badly', () => {
  it('a method but GET and HEAD gets 405 before the app sees it; GET and HEAD reach it', () =>
    withServer(async (port, seen) => {
      for (const method of ['TRACE', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) expect(await send(port, method), method).toMatchObject({ status: 405, allow: 'GET, HEAD' });
      // Node's own parser refuses TRACK (400): the app never sees it.
      expect((await send(port, 'TRACK')).status).toBe(400);
      expect(await send(port, 'GET')).toMatchObject({ status: 200 });
      expect(await send(port, 'HEAD')).toMatchObject({ status: 200 });
      expect(seen).toEqual(['GET /charts/trade', 'HEAD /charts/trade']);
    }));

  it('a POST whose body never comes is answered at once, and the connection closed', () =>
    withServer(async (port) => {
      const answer = await sendBytes(port, 'POST /charts/trade HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhello');
      expect(answer).toMatch(/^HTTP\/1\.1 405 /);
    }));

  it('an upgrade (a websocket, with any method) gets 400 and a closed connection, not a socket left open for good', () =>
    withServer(async (port, seen) => {
      for (const method of ['GET', 'TRACE']) {
        const answer = await sendBytes(port, `${method} /nope HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n`);
        expect(answer, method).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*Cache-Control: no-store[\s\S]*\r\n\r\nThis site takes no upgraded connections\.$/);
      }
      expect(seen).toEqual([]);
    }));

  it('a full address as the target reaches the app as its path, so no answer names another site', () =>
    withServer(async (port, seen) => {
      expect(await send(port, 'GET', 'http://evil.example/charts/trade?scale=log')).toMatchObject({ status: 200, body: 'app' });
      expect(await send(port, 'GET', 'HTTPS://EVIL.EXAMPLE:99')).toMatchObject({ status: 200 });
      expect(seen).toEqual(['GET /charts/trade?scale=log', 'GET /']);
    }));

  it('`*` as the target is the server as a whole: OPTIONS says what it allows, any other method is told what a target is', () =>
    withServer(async (port, seen) => {
      expect(await send(port, 'OPTIONS', '*')).toMatchObject({ status: 204, allow: 'GET, HEAD' });
      expect(await send(port, 'GET', '*')).toMatchObject({ status: 400, body: 'A request names a path on this site, such as /charts/trade.' });
      expect(seen).toEqual([]);
    }));

  it('Next’s image optimiser, which the site does not use, is no second address for its pictures', () =>
    withServer(async (port, seen) => {
      expect(await send(port, 'GET', '/_next/image?url=/charts/trade/image.png&w=3840&q=75')).toMatchObject({ status: 404, body: 'No such file.' });
      expect(await send(port, 'GET', 'http://x.example/_next/image?url=/icon.svg&w=64&q=1')).toMatchObject({ status: 404 });
      expect(await send(port, 'GET', '/_next/image/?url=/charts/trade/image.png&w=3840&q=75')).toMatchObject({ status: 404 });
      expect(seen).toEqual([]);
    }));

  it('a path with dot segments or an empty query is sent to its one spelling; Next’s middleware prefetch gets 400', () =>
    withServer(async (port, seen) => {
      const location = (target: string) =>
        new Promise<{ status: number; location?: string }>((resolve, reject) =>
          http.get({ host: '127.0.0.1', port, path: target }, (res) => (res.resume(), resolve({ status: res.statusCode!, location: res.headers.location }))).on('error', reject),
        );
      expect(await location('/charts/../charts/trade?scale=log')).toEqual({ status: 308, location: '/charts/trade?scale=log' });
      expect(await location('/./charts/%2E/trade')).toEqual({ status: 308, location: '/charts/trade' });
      expect(await location('/charts/trade?')).toEqual({ status: 308, location: '/charts/trade' });
      expect(await location('/.well-known/x')).toMatchObject({ status: 200 });
      // Backslashes, which browsers read as slashes; one that would read as a host (`/\\[`) is refused, not left unanswered.
      expect(await location('/charts\\trade')).toEqual({ status: 308, location: '/charts/trade' });
      expect(await location('/\\evil.example/./x')).toEqual({ status: 308, location: '/evil.example/x' });
      const prefetch = await new Promise<number>((resolve) => http.get({ host: '127.0.0.1', port, path: '/charts/trade', headers: { 'x-middleware-prefetch': '1' } }, (res) => (res.resume(), resolve(res.statusCode!))));
      expect(prefetch).toBe(400);
      expect(seen).toEqual(['GET /.well-known/x']);
    }));

  it('reads a target as the path it names', () => {
    expect(originForm('/charts/trade?scale=log')).toBe('/charts/trade?scale=log');
    expect(originForm('http://a.example/embed/trade?theme=dark')).toBe('/embed/trade?theme=dark');
    expect(originForm('*')).toBeNull();
    expect(originForm('ftp://a.example/x')).toBeNull();
    expect(oneSpelling('/embed/trade/.%2E/flows?x=1')).toBe('/embed/flows?x=1');
    expect(oneSpelling('/charts/...')).toBe('/charts/...');
    expect(oneSpelling('//charts//trade/..//flows?x=1')).toBe('/charts/flows?x=1');
    expect(oneSpelling('/\\[/./x')).toBe('/[/x');
    expect(oneSpelling('/charts/trade?scale=log')).toBe('/charts/trade?scale=log');
  });
});
