import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { getQueue } from '@/lib/queue/queues';
import { replyMismatches } from '@/test/openapi-reply';
import { callRoute, ownerHeaders } from '@/test/session';
import { PATCH } from './[id]/route';
import { POST as circuit } from './[id]/circuit/route';
import { POST as pause } from './[id]/pause/route';
import { POST as resume } from './[id]/resume/route';
import { POST as runNow } from './[id]/run/route';
import { GET as runs } from './[id]/runs/route';
import { GET as attention } from './attention/route';
import { GET } from './route';

const post = async (handler: typeof pause, id: string, body?: unknown) =>
  callRoute(handler, `/api/jobs/${id}`, {
    method: 'POST',
    headers: { ...(await ownerHeaders()), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    params: { id },
  });

describe('jobs API', () => {
  it('refuses anonymous callers', async () => {
    expect((await callRoute(GET, '/api/jobs')).status).toBe(401);
  });

  it('lists the catalog with schedule words, cron, next run and circuit state', async () => {
    const res = await callRoute(GET, '/api/jobs', { headers: await ownerHeaders() });
    expect(res.status).toBe(200);
    const data = (await res.json()) as { provider: string | null; jobs: Array<Record<string, unknown>> };
    expect(data.provider).toBeNull();
    expect(data.jobs).toHaveLength(14); // the nightly eleven + three intelligence pipelines
    expect(data.jobs.find((j) => j.id === 'content-generation-weekday')).toMatchObject({
      schedule: 'Weekdays at 06:00',
      cron: '0 6 * * 1-5',
      circuitState: 'closed',
      failureThreshold: 3,
      model: 'sonnet',
    });
    expect(typeof data.jobs[0]?.nextRunAt).toBe('string');
    expect(replyMismatches('GET', '/api/jobs', 200, data)).toEqual([]);
  });

  it("the sidebar's attention count: jobs with a breaker not closed or a failing streak", async () => {
    const count = async () => {
      const res = await callRoute(attention, '/api/jobs/attention', { headers: await ownerHeaders() });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { attention: number };
      expect(replyMismatches('GET', '/api/jobs/attention', 200, body)).toEqual([]);
      return body.attention;
    };
    expect((await callRoute(attention, '/api/jobs/attention')).status).toBe(401);
    await callRoute(GET, '/api/jobs', { headers: await ownerHeaders() }); // the definitions exist
    const db = await getDb();
    const before = await count();
    await db.jobDefinition.update({ where: { id: 'code-analysis' }, data: { circuitState: 'open' } });
    await db.jobDefinition.update({ where: { id: 'feature-discovery' }, data: { consecutiveFailures: 1 } });
    expect(await count()).toBe(before + 2);
    await db.jobDefinition.update({
      where: { id: 'code-analysis' },
      data: { circuitState: 'closed', consecutiveFailures: 0 },
    });
    await db.jobDefinition.update({ where: { id: 'feature-discovery' }, data: { consecutiveFailures: 0 } });
    expect(await count()).toBe(before);
  });

  it('run now: 202 with a queued run and a BullMQ job with a fixed id', async () => {
    const res = await post(runNow, 'staging-cleanup');
    expect(res.status).toBe(202);
    const queued = (await res.json()) as { runId: string };
    expect(replyMismatches('POST', '/api/jobs/{id}/run', 202, queued)).toEqual([]);
    const { runId } = queued;
    expect(await getQueue('jobs').getJob(`manual-${runId}`)).toBeTruthy();
    const list = await callRoute(runs, '/api/jobs/staging-cleanup/runs', {
      headers: await ownerHeaders(),
      params: { id: 'staging-cleanup' },
    });
    const history = (await list.json()) as { runs: Array<{ id: string; status: string }> };
    expect(history.runs[0]).toMatchObject({ id: runId, status: 'queued' });
    expect(replyMismatches('GET', '/api/jobs/{id}/runs', 200, history)).toEqual([]);
  });

  it('unknown job: 404; bad circuit state: 400 with a field error', async () => {
    expect((await post(runNow, 'no-such-job')).status).toBe(404);
    const bad = await post(circuit, 'infra-health', { state: 'open' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Record<string, string[]> }).errors.state).toBeDefined();
  });

  it('pause removes the schedule, resume restores it; both are audited', async () => {
    await callRoute(GET, '/api/jobs', { headers: await ownerHeaders() });
    await (await import('@/lib/jobs/sync-schedules')).syncSchedules(
      getQueue('jobs'),
      (await import('@/lib/jobs/catalog')).CATALOG,
      'UTC',
    );
    expect((await post(pause, 'feature-discovery')).status).toBe(200);
    let keys = (await getQueue('jobs').getJobSchedulers(0, -1)).map((s) => s.key);
    expect(keys).not.toContain('job:feature-discovery');
    expect((await post(resume, 'feature-discovery')).status).toBe(200);
    keys = (await getQueue('jobs').getJobSchedulers(0, -1)).map((s) => s.key);
    expect(keys).toContain('job:feature-discovery');
    const audit = await (await getDb()).auditEvent.findMany({ where: { target: 'feature-discovery' } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['jobs.pause', 'jobs.resume']));
  });

  it('an open circuit refuses run now; half-open lets it through', async () => {
    await (await getDb()).jobDefinition.update({
      where: { id: 'code-analysis' },
      data: { circuitState: 'open', consecutiveFailures: 3 },
    });
    expect((await post(runNow, 'code-analysis')).status).toBe(409);
    expect(await (await post(circuit, 'code-analysis', { state: 'half-open' })).json()).toMatchObject({
      circuitState: 'half-open',
    });
    expect((await post(runNow, 'code-analysis')).status).toBe(202);
  });

  it('settings edits are validated and each change is an audit event', async () => {
    const headers = { ...(await ownerHeaders()), 'content-type': 'application/json' };
    const bad = await callRoute(PATCH, '/api/jobs/infra-health', {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ timeoutMs: 5 }),
      params: { id: 'infra-health' },
    });
    expect(bad.status).toBe(400);
    const ok = await callRoute(PATCH, '/api/jobs/infra-health', {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ model: 'haiku', timeoutMs: 120000, failureThreshold: 5 }),
      params: { id: 'infra-health' },
    });
    expect(await ok.json()).toMatchObject({ changed: ['model', 'timeoutMs', 'failureThreshold'] });
    const audit = await (await getDb()).auditEvent.findMany({
      where: { target: 'infra-health', action: 'jobs.settings' },
    });
    expect(audit.map((a) => a.reason)).toEqual(
      expect.arrayContaining(['model: sonnet -> haiku', 'failureThreshold: 3 -> 5']),
    );
  });
});
