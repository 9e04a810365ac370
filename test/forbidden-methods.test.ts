import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { refuseForbiddenMethods } from '@/lib/forbidden-methods';

/** A raw request, as a client that is not a browser can send it (fetch itself refuses these methods). */
function send(port: number, method: string): Promise<{ status: number; allow?: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: '/charts/trade' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode!, allow: res.headers.allow });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('methods the Fetch standard forbids', () => {
  it('get 405 before the app sees them; others reach it', async () => {
    refuseForbiddenMethods();
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.method!);
      res.end('app');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      expect(await send(port, 'TRACE')).toEqual({ status: 405, allow: 'GET, HEAD' });
      // Node's own parser refuses TRACK (400): the app never sees it.
      expect((await send(port, 'TRACK')).status).toBe(400);
      expect(await send(port, 'GET')).toMatchObject({ status: 200 });
      expect(seen).not.toContain('TRACE');
      expect(seen).not.toContain('TRACK');
      expect(seen).toContain('GET');
    } finally {
      server.close();
    }
  });
});
