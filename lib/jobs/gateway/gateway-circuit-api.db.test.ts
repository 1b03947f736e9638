import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as report } from '@/app/api/jobs/gateway/[jobId]/circuit/route';
import { GET as listGateway } from '@/app/api/jobs/gateway/route';
import { getDb } from '@/lib/db/client';
import { eventsChannel } from '@/lib/events/publish';
import type { LiveEvent } from '@/lib/events/topics';
import { createRedis, sharedRedis } from '@/lib/redis/connection';
import { agentHeaders, callRoute, ownerHeaders, problemDetail } from '@/test/session';

const json = { 'content-type': 'application/json' };
const reportBody = (over: Record<string, unknown> = {}) => ({
  state: 'open',
  consecutiveFailures: 3,
  threshold: 3,
  lastError: 'model timeout',
  changedAt: '2026-11-20T22:05:00.000Z',
  source: 'openclaw-gateway',
  ...over,
});
const post = (jobId: string, headers: Record<string, string>, body: unknown) =>
  callRoute(report, `/api/jobs/gateway/${encodeURIComponent(jobId)}/circuit`, {
    method: 'POST',
    headers: { ...headers, ...json },
    body: JSON.stringify(body),
    params: { jobId },
  });

// A real subscription on the shared Redis, so the test sees exactly what the web process fans out.
const subscriber = createRedis('subscriber');
const events: LiveEvent[] = [];
const waiters: { match: (e: LiveEvent) => boolean; resolve: (e: LiveEvent) => void }[] = [];
function nextEvent(match: (e: LiveEvent) => boolean): Promise<LiveEvent> {
  const seen = events.find(match);
  return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ match, resolve }));
}
beforeAll(async () => {
  // The route publishes best-effort on a fail-fast connection (2 s connect timeout): open it here, so a
  // slow first connect on a loaded machine cannot drop the one event this test waits for.
  await sharedRedis('publisher').ping();
  await subscriber.subscribe(eventsChannel());
  subscriber.on('message', (_channel, message) => {
    const event = JSON.parse(message) as LiveEvent;
    events.push(event);
    for (const w of waiters.filter((w) => w.match(event))) w.resolve(event);
  });
});
afterAll(() => subscriber.disconnect());

describe('POST /api/jobs/gateway/:jobId/circuit (the cron-circuit-breaker plugin)', () => {
  it('stores, audits and announces a report from a grant holding jobs:report; the owner lists it', async () => {
    const headers = await agentHeaders(['jobs:report'], 'openclaw-gateway');
    const announced = nextEvent((e) => e.topic === 'jobs' && e.type === 'gateway-circuit' && e.id === 'nightly-digest');
    const res = await post('nightly-digest', headers, reportBody());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      applied: true,
      circuit: { jobId: 'nightly-digest', state: 'open', consecutiveFailures: 3, reportedBy: 'agent:openclaw-gateway' },
    });
    await announced;

    const db = await getDb();
    const audit = await db.auditEvent.findMany({
      where: { action: { in: ['jobs.gateway-circuit', 'grants.use'] } },
      orderBy: { seq: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.actor, a.scope ?? a.target])).toEqual([
      ['grants.use', 'agent:openclaw-gateway', 'jobs:report'],
      ['jobs.gateway-circuit', 'agent:openclaw-gateway', 'gateway:nightly-digest'],
    ]);
    expect(audit[1]?.reason).toBe('new -> open after 3 consecutive error(s)');

    const closed = await post(
      'nightly-digest',
      headers,
      reportBody({ state: 'closed', consecutiveFailures: 0, lastError: null, changedAt: '2026-11-21T06:00:00Z' }),
    );
    expect(((await closed.json()) as { circuit: { state: string; reports: number } }).circuit).toMatchObject({
      state: 'closed',
      reports: 2,
    });

    const list = await callRoute(listGateway, '/api/jobs/gateway', { headers: await ownerHeaders() });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { jobs: unknown[] }).jobs).toEqual([
      expect.objectContaining({
        jobId: 'nightly-digest',
        state: 'closed',
        consecutiveFailures: 0,
        lastError: null,
        changedAt: '2026-11-21T06:00:00.000Z',
      }),
    ]);
  });

  it('keeps the newer state when an older report arrives late', async () => {
    const headers = await agentHeaders(['jobs:report'], 'gateway-late');
    await post('weekly', headers, reportBody({ state: 'half-open', changedAt: '2026-11-20T10:00:00Z' }));
    const late = await post('weekly', headers, reportBody({ state: 'open', changedAt: '2026-11-20T09:00:00Z' }));
    expect(late.status).toBe(200);
    expect(await late.json()).toMatchObject({ applied: false, circuit: { state: 'half-open' } });
    expect(
      await (await getDb()).auditEvent.count({ where: { action: 'jobs.gateway-circuit', target: 'gateway:weekly' } }),
    ).toBe(1);
  });

  it('refuses a grant without jobs:report (audited) and a call without any token', async () => {
    const headers = await agentHeaders(['jobs:read'], 'reader');
    const res = await post('sneaky', headers, reportBody());
    expect(res.status).toBe(403);
    expect(await problemDetail(res)).toBe('This token lacks the scope "jobs:report".');
    const db = await getDb();
    expect(
      await db.auditEvent.count({ where: { action: 'grants.deny', actor: 'agent:reader', scope: 'jobs:report' } }),
    ).toBe(1);
    expect((await post('sneaky', {}, reportBody())).status).toBe(401);
    expect(await db.gatewayJobCircuit.count({ where: { jobId: 'sneaky' } })).toBe(0);
  });

  it('answers bad input with an error per field and stores nothing', async () => {
    const headers = await agentHeaders(['jobs:report'], 'gateway-bad');
    const res = await post('bad-input', headers, {
      state: 'tripped',
      consecutiveFailures: -1,
      threshold: '3',
      changedAt: 'last night',
      source: 'cron',
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: Record<string, string[]> };
    expect(Object.keys(problem.errors).sort()).toEqual([
      'changedAt',
      'consecutiveFailures',
      'lastError',
      'source',
      'state',
      'threshold',
    ]);
    expect(problem.errors.state?.[0]).toBe('must be one of closed, open, half-open');
    expect(problem.errors.changedAt?.[0]).toBe('must be an ISO-8601 timestamp');

    const badId = await post('../etc', headers, reportBody());
    expect(badId.status).toBe(400);
    expect(Object.keys(((await badId.json()) as { errors: Record<string, string[]> }).errors)).toEqual([
      'params.jobId',
    ]);
    expect(await (await getDb()).gatewayJobCircuit.count({ where: { jobId: { in: ['bad-input', '../etc'] } } })).toBe(
      0,
    );
  });
});
