import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Served = {
  status?: number;
  body?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
};

/**
 * A real HTTP server on 127.0.0.1 for tests: each path answers what the test set, with a strong
 * ETag and 304 on If-None-Match, and counts requests per path.
 */
export async function startTestServer() {
  const routes = new Map<string, Served>();
  const hits = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] as string;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const served = routes.get(path);
    if (!served) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = served.body ?? '';
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const status = served.status ?? 200;
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(status, {
      'content-type': served.contentType ?? 'application/xml',
      ...(status === 200 ? { etag } : {}),
      ...served.headers,
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    url: (path: string) => `${base}${path}`,
    serve: (path: string, served: Served) => routes.set(path, served),
    hits: (path: string) => hits.get(path) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
