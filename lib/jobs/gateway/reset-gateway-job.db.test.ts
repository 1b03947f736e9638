import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as reset } from '@/app/api/jobs/gateway/[jobId]/reset/route';
import { getDb } from '@/lib/db/client';
import { resetEnvForTests } from '@/lib/env';
import { callRoute, ownerHeaders } from '@/test/session';
import { GATEWAY_RESET_PATH } from './gateway-breaker-client';
import { recordGatewayCircuit } from './record-gateway-circuit';

// A stand-in for the gateway's breaker plugin route: it answers as scripted and records what it got.
// The plugin's own report back to Buddy does not happen here, so Buddy stores the confirmed state itself.
let server: Server;
const seen: { path: string; auth?: string; body: unknown }[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: { ok: true, state: 'closed' } };

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', auth: req.headers.authorization, body: JSON.parse(raw || 'null') });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.BUDDY_GATEWAY_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.BUDDY_GATEWAY_TOKEN = 'gw-secret';
  resetEnvForTests();
});
afterAll(() => server.close());

const post = async (jobId: string, headers?: Record<string, string>) =>
  callRoute(reset, `/api/jobs/gateway/${jobId}/reset`, {
    method: 'POST',
    headers: headers ?? (await ownerHeaders()),
    params: { jobId },
  });

const openBreaker = (jobId: string) =>
  recordGatewayCircuit(
    jobId,
    {
      state: 'open',
      consecutiveFailures: 3,
      threshold: 3,
      lastError: 'SMTP 421',
      changedAt: new Date(Date.now() - 60_000).toISOString(),
      cooldownEndsAt: new Date(Date.now() + 14 * 60_000).toISOString(),
      source: 'openclaw-gateway',
    },
    'agent:openclaw-gateway',
  );

describe('POST /api/jobs/gateway/:jobId/reset (the owner re-enables a gateway job)', () => {
  it("asks the gateway's breaker plugin with the gateway token, audits it and shows the breaker closed", async () => {
    await openBreaker('newsletter');
    const res = await post('newsletter');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ jobId: 'newsletter', state: 'closed' });
    expect(seen.at(-1)).toEqual({ path: GATEWAY_RESET_PATH, auth: 'Bearer gw-secret', body: { jobId: 'newsletter' } });
    const db = await getDb();
    expect(await db.gatewayJobCircuit.findUnique({ where: { jobId: 'newsletter' } })).toMatchObject({
      state: 'closed',
      consecutiveFailures: 0,
      lastError: null,
      cooldownEndsAt: null,
    });
    const audit = await db.auditEvent.findFirst({ where: { action: 'jobs.gateway-reset' } });
    expect(audit).toMatchObject({ actor: 'owner:owner@example.com', target: 'gateway:newsletter', reason: 'was open' });
  });

  it("passes on the gateway's refusal as 503 and leaves the breaker open", async () => {
    await openBreaker('locked');
    answer = { status: 502, body: { ok: false, error: { message: 'gateway answered 500 to cron.update of locked' } } };
    try {
      const res = await post('locked');
      expect(res.status).toBe(503);
      expect(((await res.json()) as { detail: string }).detail).toBe(
        'The gateway did not re-enable "locked": gateway answered 500 to cron.update of locked.',
      );
      answer = { status: 404, body: { error: 'Not Found' } };
      expect(((await (await post('locked')).json()) as { detail: string }).detail).toContain(
        'the cron-circuit-breaker plugin is not loaded there (404)',
      );
    } finally {
      answer = { status: 200, body: { ok: true, state: 'closed' } };
    }
    const db = await getDb();
    expect((await db.gatewayJobCircuit.findUnique({ where: { jobId: 'locked' } }))?.state).toBe('open');
    expect(await db.auditEvent.count({ where: { action: 'jobs.gateway-reset', target: 'gateway:locked' } })).toBe(0);
  });

  it('answers 404 for a job the gateway never reported, without calling it', async () => {
    const before = seen.length;
    const res = await post('never-heard-of');
    expect(res.status).toBe(404);
    expect(seen.length).toBe(before);
  });

  it('is the owner’s alone: a cross-site call is refused', async () => {
    await openBreaker('cross-site');
    const headers = { ...(await ownerHeaders()), origin: 'https://evil.example' };
    expect((await post('cross-site', headers)).status).toBe(403);
    expect((await (await getDb()).gatewayJobCircuit.findUnique({ where: { jobId: 'cross-site' } }))?.state).toBe(
      'open',
    );
  });
});
