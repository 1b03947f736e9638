import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute } from '../../../plugin-lib/openclaw-types';

/** Where Buddy's Jobs page sends the owner's "Re-enable" for a gateway job (gateway token auth). */
export const RESET_PATH = '/plugins/cron-circuit-breaker/reset';

const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

function reply(res: ServerResponse, status: number, body: unknown): true {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
  return true;
}

function readJson(req: IncomingMessage, limit = 4096): Promise<unknown> {
  return new Promise((resolve) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
      if (raw.length > limit) req.destroy();
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(raw));
      } catch {
        resolve(null);
      }
    });
    req.on('error', () => resolve(null));
  });
}

/** POST {jobId}: enables the job, closes its breaker and reports it to Buddy; 502 when the gateway refused. */
export function resetRoute(reset: (jobId: string) => Promise<{ state: string }>): HttpRoute {
  return {
    path: RESET_PATH,
    auth: 'gateway',
    match: 'exact',
    handler: async (req, res) => {
      if (req.method !== 'POST') return reply(res, 405, { ok: false, error: { message: 'POST only' } });
      const body = (await readJson(req)) as { jobId?: unknown } | null;
      const jobId = body?.jobId;
      if (typeof jobId !== 'string' || !JOB_ID.test(jobId))
        return reply(res, 400, { ok: false, error: { message: 'jobId must be a gateway cron job id' } });
      try {
        const circuit = await reset(jobId);
        return reply(res, 200, { ok: true, jobId, state: circuit.state });
      } catch (error) {
        return reply(res, 502, {
          ok: false,
          error: { message: error instanceof Error ? error.message : String(error) },
        });
      }
    },
  };
}
