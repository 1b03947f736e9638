import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local embeddings endpoint speaking both wire protocols on 127.0.0.1: OpenAI-compatible
 * POST /v1/embeddings and Ollama POST /api/embed. Its "model" knows a few meanings the lexical
 * comparison does not (CONCEPTS): a text's vector is its bag of concepts hashed into 64 dimensions,
 * so "reboot" and "restart" land on the same coordinate and two rewordings get a cosine near 1.
 */
const CONCEPTS: Record<string, string> = {
  reboot: 'restart',
  restart: 'restart',
  restarted: 'restart',
  rebooted: 'restart',
  weekly: 'week',
  week: 'week',
  mondays: 'week',
  printer: 'printer',
  printers: 'printer',
  laser: 'printer',
};
const DIMS = 64;

function vectorOf(text: string): number[] {
  const v = new Array<number>(DIMS).fill(0);
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!word) continue;
    const concept = CONCEPTS[word] ?? word;
    let h = 2166136261;
    for (const c of concept) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
    const at = (h >>> 0) % DIMS;
    v[at] = (v[at] ?? 0) + (CONCEPTS[word] ? 3 : 0.2);
  }
  return v;
}

export type FakeEmbeddings = {
  url: string;
  requests: { path: string; body: Record<string, unknown> }[];
  close: () => Promise<void>;
};

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (c) => {
      data += c;
    });
    req.on('end', () => resolve(data));
  });

export async function startFakeEmbeddings(): Promise<FakeEmbeddings> {
  const requests: FakeEmbeddings['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const body = JSON.parse((await read(req)) || '{}') as { model?: string; input?: string[] | string };
    requests.push({ path: req.url ?? '', body });
    const input = Array.isArray(body.input) ? body.input : [body.input ?? ''];
    res.setHeader('content-type', 'application/json');
    if (req.method === 'POST' && req.url === '/v1/embeddings') {
      res.end(
        JSON.stringify({
          object: 'list',
          model: body.model,
          data: input.map((text, index) => ({ object: 'embedding', index, embedding: vectorOf(text) })),
          usage: { prompt_tokens: input.length, total_tokens: input.length },
        }),
      );
    } else if (req.method === 'POST' && req.url === '/api/embed') {
      res.end(JSON.stringify({ model: body.model, embeddings: input.map(vectorOf) }));
    } else {
      res.statusCode = 404;
      res.end(JSON.stringify({ error: 'not found' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
