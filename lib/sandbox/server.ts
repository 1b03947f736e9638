import { timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { SandboxConfig } from './config';
import { execRequestSchema } from './exec-schema';
import { runProgram } from './run-program';
import { SlotPool } from './slots';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const problem = status >= 400;
  res.writeHead(status, {
    'content-type': problem ? 'application/problem+json' : 'application/json',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function authorized(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `The request body is larger than the limit of ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `The request body is larger than the limit of ${limit} bytes.`);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
}

/** The sandbox API: GET /health and POST /v1/exec, bearer token, bounded concurrency. */
export function createSandboxServer(config: SandboxConfig): Server {
  mkdirSync(config.SANDBOX_WORK_ROOT, { recursive: true });
  // Runners may create their own directory here but cannot list anyone else's.
  chmodSync(config.SANDBOX_WORK_ROOT, 0o1733);
  const slots = new SlotPool(config.SANDBOX_CONCURRENCY);

  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    try {
      if (req.method === 'GET' && url.pathname === '/health') {
        return send(res, 200, { ok: true, slots: { free: slots.available, total: config.SANDBOX_CONCURRENCY } });
      }
      if (url.pathname !== '/v1/exec') throw new HttpError(404, `No route ${req.method} ${url.pathname}.`);
      if (req.method !== 'POST') throw new HttpError(405, 'Use POST /v1/exec.');
      if (!authorized(req, config.token)) throw new HttpError(401, 'A valid bearer token is required.');
      const parsed = execRequestSchema.safeParse(await readBody(req, config.SANDBOX_MAX_BODY_BYTES));
      if (!parsed.success) {
        const errors: Record<string, string[]> = {};
        for (const issue of parsed.error.issues) {
          const key = issue.path.join('.') || '_';
          errors[key] = [...(errors[key] ?? []), issue.message];
        }
        return send(res, 400, { title: 'Invalid request', status: 400, detail: 'Some fields are invalid.', errors });
      }
      const slot = slots.acquire();
      if (slot === undefined) {
        res.setHeader('retry-after', '1');
        throw new HttpError(429, `All ${config.SANDBOX_CONCURRENCY} execution slots are busy; retry shortly.`);
      }
      try {
        return send(res, 200, await runProgram(parsed.data, slot, config));
      } finally {
        slots.release(slot);
      }
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      const detail = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) send(res, status, { title: 'Sandbox error', status, detail });
    }
  });
}
