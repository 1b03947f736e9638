import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
/** A route as Next maps it: method, path pattern (named groups are the params), the exported handler. */
export type ServedRoute = { method: string; path: RegExp; handler: Handler };

function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of ([] as string[]).concat(value ?? [])) headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit);
}

/**
 * The app's own route handlers behind a real HTTP server on 127.0.0.1, so an attack travels over a
 * socket with the headers a browser or a script actually sends (vitest does not run `next start`).
 */
export async function serveRoutes(
  routes: ServedRoute[],
): Promise<{ base: string; port: number; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const match = routes
      .filter((r) => r.method === req.method)
      .map((r) => ({ r, m: r.path.exec(pathname) }))
      .find((x) => x.m);
    if (!match?.m) {
      res.writeHead(404).end();
      return;
    }
    const response = await match.r.handler(toRequest(req), { params: Promise.resolve({ ...match.m.groups }) });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
