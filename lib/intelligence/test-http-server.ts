import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resetEnvForTests } from '../env';

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
export async function startTestServer({ allowed = true } = {}) {
  const routes = new Map<string, Served>();
  const hits = new Map<string, number>();
  const seen = new Map<string, IncomingMessage['headers']>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] as string;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    seen.set(path, req.headers);
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
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const base = `http://${host}`;
  const handle = {
    base,
    url: (path: string) => `${base}${path}`,
    serve: (path: string, served: Served) => routes.set(path, served),
    hits: (path: string) => hits.get(path) ?? 0,
    /** The request headers of the last request for `path`. */
    headersOf: (path: string) => seen.get(path),
    /**
     * Guarded fetches refuse loopback: the test stands in for the owner and allows this server
     * (BUDDY_FETCH_ALLOW_HOSTS), as they would allow a feed host on their own network.
     */
    allow: () => {
      process.env.BUDDY_FETCH_ALLOW_HOSTS = [process.env.BUDDY_FETCH_ALLOW_HOSTS, host].filter(Boolean).join(',');
      resetEnvForTests();
    },
    host,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  if (allowed) handle.allow();
  return handle;
}
