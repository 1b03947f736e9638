import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../../test/providers/fake-provider-server';
import { openAiStyleProvider } from '../ai/openai-provider';
import { getDb } from '../db/client';
import { env } from '../env';
import { buildCatalog } from './catalog';
import type { JobContext } from './job-context';
import { type RunnerDeps, runJob } from './run-job';
import type { JobResult, JobSpec } from './types';

let fake: FakeProvider;
const stopped: string[] = [];
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterAll(async () => {
  await fake.close();
});

const base = { title: 't', description: 'd', cron: '0 3 * * *', catchUp: 'skip' as const, outputs: ['draft'] };
function spec(name: string, handler: (ctx: JobContext) => Promise<JobResult>, extra: Partial<JobSpec> = {}): JobSpec {
  return { ...base, name, model: 'sonnet', timeoutMs: 5000, handler, ...extra };
}

const specs: JobSpec[] = [
  spec('stages', async (ctx) => {
    const text = await ctx.ai.complete({ prompt: 'write' });
    await ctx.staging.create({ kind: 'draft', title: 'A draft', body: text });
    return { kind: 'produced', summary: 'one draft' };
  }),
  spec('claims-but-stages-nothing', async () => ({ kind: 'produced', summary: 'all done, trust me' })),
  spec('nothing', async () => ({ kind: 'nothing-to-report', reason: 'no new commits' }), { model: null }),
  spec('throws-first', async () => {
    throw new Error('boom before staging');
  }),
  spec('hangs', async (ctx) => ({ kind: 'report', report: await ctx.ai.complete({ prompt: 'x' }) }), {
    timeoutMs: 400,
  }),
  spec(
    'ignores-signal',
    async (ctx) => {
      await new Promise((r) => setTimeout(r, 800));
      await ctx.staging.create({ kind: 'draft', title: 'too late', body: '' });
      return { kind: 'produced', summary: 'late' };
    },
    { timeoutMs: 200 },
  ),
  spec('model-call', async (ctx) => ({ kind: 'report', report: await ctx.ai.complete({ prompt: 'x' }) })),
  // Stands for another worker opening the circuit while this run is in flight.
  spec(
    'opened-meanwhile',
    async () => {
      await (await getDb()).jobDefinition.update({
        where: { id: 'opened-meanwhile' },
        data: { circuitState: 'open', consecutiveFailures: 3 },
      });
      return { kind: 'nothing-to-report', reason: 'quiet night' };
    },
    { model: null },
  ),
  spec(
    'fails-slowly',
    async () => {
      await new Promise((r) => setTimeout(r, 50));
      throw new Error('flaky dependency');
    },
    { model: null },
  ),
  spec(
    'reads-since',
    async (ctx) => ({ kind: 'report', report: `since ${(await ctx.since())?.toISOString() ?? 'never'}` }),
    { model: null },
  ),
];

let provider: RunnerDeps['provider'] = () =>
  openAiStyleProvider({ name: 'openai-compatible', baseURL: `${fake.url}/v1`, apiKey: 'k' });
function deps(): RunnerDeps {
  const workspaceDir = path.join(env().dataDir, 'workspace');
  mkdirSync(workspaceDir, { recursive: true });
  return {
    catalog: buildCatalog([specs]),
    provider: () => provider(),
    workspaceDir,
    topics: [],
    readMemory: async () => [],
    stopSchedule: async (id) => void stopped.push(id),
  };
}
let slot = 0;
const run = (jobId: string, trigger: 'schedule' | 'manual' = 'schedule') =>
  runJob({ jobId, trigger, slot: String(++slot) }, deps());
const row = async (id: string) => (await getDb()).jobRun.findUniqueOrThrow({ where: { id } });
const def = async (id: string) => (await getDb()).jobDefinition.findUniqueOrThrow({ where: { id } });

describe('runJob: truthful outcomes', () => {
  it('succeeds with a staged item, recording model, provider, tokens, session and log', async () => {
    const out = await run('stages');
    expect(out).toMatchObject({ kind: 'ran', status: 'succeeded' });
    if (out.kind !== 'ran') return;
    const r = await row(out.runId);
    expect(r).toMatchObject({
      status: 'succeeded',
      provider: 'openai-compatible',
      model: 'claude-sonnet-4-5',
      tokensIn: 12,
      tokensOut: 34,
      outputs: 1,
    });
    expect(r.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.log).toContain('staged draft');
    expect(fake.requests.at(-1)?.headers['x-openclaw-session-key']).toBeUndefined();
    const item = await (await getDb()).stagedItem.findFirstOrThrow({ where: { sourceRunId: out.runId } });
    expect(item.createdBy).toBe('job:stages');
  });

  it('a run that claims output but staged nothing is failed, not succeeded', async () => {
    const out = await run('claims-but-stages-nothing');
    expect(out).toMatchObject({ status: 'failed' });
    if (out.kind === 'ran') expect((await row(out.runId)).error).toMatch(/without producing/);
  });

  it('explicit nothing-to-report succeeds with its reason', async () => {
    const out = await run('nothing');
    if (out.kind !== 'ran') throw new Error('did not run');
    expect(await row(out.runId)).toMatchObject({ status: 'succeeded', summary: 'Nothing to report: no new commits' });
  });

  it('a handler that throws before staging fails with its error and stages nothing', async () => {
    const out = await run('throws-first', 'manual');
    if (out.kind !== 'ran') throw new Error('did not run');
    expect(await row(out.runId)).toMatchObject({ status: 'failed', error: 'boom before staging', outputs: 0 });
    expect(await (await getDb()).stagedItem.count({ where: { sourceRunId: out.runId } })).toBe(0);
  });

  it('no provider configured: skipped with the reason, and the streak is untouched', async () => {
    const before = (await def('throws-first')).consecutiveFailures;
    provider = () => null;
    const out = await run('model-call');
    provider = () => openAiStyleProvider({ name: 'openai-compatible', baseURL: `${fake.url}/v1`, apiKey: 'k' });
    if (out.kind !== 'ran') throw new Error('did not run');
    expect(await row(out.runId)).toMatchObject({ status: 'skipped', summary: 'no model provider configured' });
    expect((await def('model-call')).consecutiveFailures).toBe(0);
    expect((await def('throws-first')).consecutiveFailures).toBe(before);
  });

  it('a provider hanging past the timeout ends timed-out, with the HTTP request aborted', async () => {
    fake.script(['hang']);
    const started = Date.now();
    const out = await run('hangs');
    if (out.kind !== 'ran') throw new Error('did not run');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await row(out.runId)).toMatchObject({ status: 'timed-out', error: 'timed out after 400 ms' });
    expect(await (await getDb()).jobRun.count({ where: { status: 'running' } })).toBe(0);
  });

  it('a handler ignoring its signal is still timed out, and cannot stage after the deadline', async () => {
    const out = await run('ignores-signal');
    if (out.kind !== 'ran') throw new Error('did not run');
    expect((await row(out.runId)).status).toBe('timed-out');
    await new Promise((r) => setTimeout(r, 900)); // let the abandoned handler reach its staging call
    expect(await (await getDb()).stagedItem.count({ where: { title: 'too late' } })).toBe(0);
  });

  it('the same slot runs once', async () => {
    const first = await runJob({ jobId: 'nothing', trigger: 'schedule', slot: 'fixed' }, deps());
    const second = await runJob({ jobId: 'nothing', trigger: 'schedule', slot: 'fixed' }, deps());
    expect(first.kind).toBe('ran');
    expect(second).toMatchObject({ kind: 'duplicate' });
  });
});

describe('circuit breaker', () => {
  it('500 three times opens it (streak 3, schedule stopped); a scheduled fourth run does not happen', async () => {
    fake.script(['500', '500', '500', '500', '500', '500', '500', '500', '500', '500', '500', '500'], '500');
    for (let i = 0; i < 3; i++) expect(await run('model-call')).toMatchObject({ status: 'failed' });
    expect(await def('model-call')).toMatchObject({ circuitState: 'open', consecutiveFailures: 3 });
    expect(stopped).toContain('model-call');
    const requests = fake.requests.length;
    expect(await run('model-call')).toMatchObject({ kind: 'ignored', reason: 'circuit open' });
    expect(fake.requests.length).toBe(requests);
  });

  it('half-open: a failure re-opens at once; a success closes and resets the streak', async () => {
    const db = await getDb();
    await db.jobDefinition.update({ where: { id: 'model-call' }, data: { circuitState: 'half-open' } });
    expect(await run('model-call')).toMatchObject({ status: 'failed' });
    expect((await def('model-call')).circuitState).toBe('open');
    await db.jobDefinition.update({ where: { id: 'model-call' }, data: { circuitState: 'half-open' } });
    fake.script([], 'ok');
    expect(await run('model-call')).toMatchObject({ status: 'succeeded' });
    expect(await def('model-call')).toMatchObject({ circuitState: 'closed', consecutiveFailures: 0 });
  });

  it('a success does not close a circuit that opened while the run was in flight', async () => {
    expect(await run('opened-meanwhile')).toMatchObject({ status: 'succeeded' });
    expect(await def('opened-meanwhile')).toMatchObject({ circuitState: 'open', consecutiveFailures: 3 });
    expect(
      await (await getDb()).auditEvent.count({ where: { action: 'jobs.circuit-close', target: 'opened-meanwhile' } }),
    ).toBe(0);
  });

  it('two failures reaching the threshold together open the circuit once', async () => {
    const db = await getDb();
    await db.jobDefinition.upsert({
      where: { id: 'fails-slowly' },
      create: { id: 'fails-slowly', failureThreshold: 2, consecutiveFailures: 1 },
      update: {},
    });
    const outcomes = await Promise.all([run('fails-slowly'), run('fails-slowly')]);
    expect(outcomes).toMatchObject([{ status: 'failed' }, { status: 'failed' }]);
    expect(await def('fails-slowly')).toMatchObject({ circuitState: 'open', consecutiveFailures: 3 });
    expect(await db.auditEvent.count({ where: { action: 'jobs.circuit-open', target: 'fails-slowly' } })).toBe(1);
  });
});

describe('the runner reads the definition on every run', () => {
  it('a pause is seen by the next scheduled run; a manual run still runs', async () => {
    expect(await run('nothing')).toMatchObject({ kind: 'ran' });
    const db = await getDb();
    await db.jobDefinition.update({ where: { id: 'nothing' }, data: { enabled: false } });
    expect(await run('nothing')).toMatchObject({ kind: 'ignored', reason: 'paused' });
    expect(await run('nothing', 'manual')).toMatchObject({ kind: 'ran' });
    await db.jobDefinition.update({ where: { id: 'nothing' }, data: { enabled: true } });
  });

  it('a run id is a UUIDv7 carrying its creation time', async () => {
    const before = Date.now();
    const out = await run('nothing');
    if (out.kind !== 'ran') throw new Error('did not run');
    expect(out.runId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const createdMs = Number.parseInt(out.runId.replace('-', '').slice(0, 12), 16);
    expect(createdMs).toBeGreaterThanOrEqual(before);
    expect(createdMs).toBeLessThanOrEqual(Date.now());
  });

  it('a circuit opened by this process is seen by its next run at once', async () => {
    const db = await getDb();
    await db.jobDefinition.upsert({
      where: { id: 'fails-slowly' },
      create: { id: 'fails-slowly' },
      update: { circuitState: 'closed', consecutiveFailures: 0, failureThreshold: 1 },
    });
    expect(await run('fails-slowly')).toMatchObject({ status: 'failed' });
    expect(await run('fails-slowly')).toMatchObject({ kind: 'ignored', reason: 'circuit open' });
  });

  it('since is the start of the last successful run, read when the handler asks', async () => {
    const first = await run('reads-since');
    const second = await run('reads-since');
    if (first.kind !== 'ran' || second.kind !== 'ran') throw new Error('did not run');
    expect((await row(first.runId)).summary).toBe('since never');
    expect((await row(second.runId)).summary).toBe(`since ${(await row(first.runId)).startedAt?.toISOString()}`);
  });
});
