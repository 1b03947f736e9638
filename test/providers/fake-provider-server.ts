import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { anthropicReply, normalizeReply, openAiReply, openAiStream, type Reply, replySchema } from './fake-replies';

/**
 * A local stand-in for the model providers, speaking their real wire formats on 127.0.0.1:
 * Anthropic Messages (POST /v1/messages) and OpenAI chat completions (POST /v1/chat/completions,
 * also what the OpenClaw gateway serves). Each request consumes the next step of the script:
 * 'ok', '429', '500', 'hang' (never answers until the client gives up) or 'slow:<ms>'. An 'ok' answer is
 * the next scripted reply (text or tool calls, fake-replies.ts) or, when none is left, the fixed reply text.
 * OpenAI requests with `stream: true` get server-sent events. Tests and Playwright drive it in-process or
 * over POST /__control ({script, fallback, reply, replies}); GET /__requests lists what it was sent.
 */
export type Step = 'ok' | '429' | '500' | 'hang' | `slow:${number}`;
export type RecordedRequest = {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
};

export type FakeProvider = {
  url: string;
  port: number;
  requests: RecordedRequest[];
  script: (steps: Step[], fallback?: Step) => void;
  setReply: (text: string) => void;
  scriptReplies: (replies: Reply[]) => void;
  close: () => Promise<void>;
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => {
      data += chunk;
    });
    req.on('end', () => resolve(data));
  });
}

const controlSchema = z.object({
  script: z.array(z.string()).optional(),
  fallback: z.string().optional(),
  reply: z.string().optional(),
  replies: z.array(replySchema).optional(),
});

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function errorBody(path: string, status: number) {
  const message = status === 429 ? 'rate limited' : 'internal error';
  return path.endsWith('/messages')
    ? { type: 'error', error: { type: status === 429 ? 'rate_limit_error' : 'api_error', message } }
    : { error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'server_error', code: null } };
}

/** `host`: 127.0.0.1 unless it runs in a container that other containers call (the stack rehearsal: 0.0.0.0). */
export async function startFakeProvider(
  options: { port?: number; token?: string; host?: string } = {},
): Promise<FakeProvider> {
  let steps: Step[] = [];
  let fallback: Step = 'ok';
  let reply = 'A considered answer from the fake provider.';
  let replies: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    if (path === '/__control' && req.method === 'POST') {
      const control = controlSchema.safeParse(body);
      if (!control.success) return send(res, 400, { error: z.prettifyError(control.error) });
      if (control.data.script) steps = control.data.script as Step[];
      if (control.data.fallback) fallback = control.data.fallback as Step;
      if (control.data.reply !== undefined) reply = control.data.reply;
      if (control.data.replies) replies = [...control.data.replies];
      return send(res, 200, { ok: true });
    }
    if (path === '/__requests') return send(res, 200, requests);
    if (req.method !== 'POST' || !(path.endsWith('/chat/completions') || path.endsWith('/messages')))
      return send(res, 404, { error: 'not found' });
    if (options.token) {
      const bearer = req.headers.authorization === `Bearer ${options.token}`;
      if (!bearer && req.headers['x-api-key'] !== options.token) return send(res, 401, errorBody(path, 401));
    }
    requests.push({ path, headers: req.headers, body });
    const step = steps.shift() ?? fallback;
    if (step === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (step === '429' || step === '500')
      return send(res, Number(step), errorBody(path, Number(step)), step === '429' ? { 'retry-after': '0' } : {});
    if (step.startsWith('slow:')) await new Promise((r) => setTimeout(r, Number(step.slice(5))));
    const model = String(body.model ?? 'unknown');
    const next = normalizeReply(replies.shift() ?? reply);
    if (path.endsWith('/messages')) return send(res, 200, anthropicReply(model, next));
    if (body.stream !== true) return send(res, 200, openAiReply(model, next));
    const usage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.end(
      openAiStream(model, next, usage)
        .map((data) => `data: ${data}\n\n`)
        .join(''),
    );
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    requests,
    script: (next, nextFallback = 'ok') => {
      steps = [...next];
      fallback = nextFallback;
    },
    setReply: (text) => {
      reply = text;
    },
    scriptReplies: (next) => {
      replies = [...next];
    },
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
