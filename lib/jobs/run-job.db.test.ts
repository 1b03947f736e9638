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
afterAll(() => fake.close());

const base = { title: 't', description: 'd', cron: '0 3 * * *', catchUp: 'skip' as const, outputs: [] };
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
  spec('hangs', async (ctx) => ({ kind: 'report', report: await ctx.ai.complete({ prompt: 'x' }) }), { timeoutMs: 400 }),
  spec('ignores-signal', async (ctx) => {
    await new Promise((r) => setTimeout(r, 800));
    await ctx.staging.create({ kind: 'draft', title: 'too late', body: '' });
    return { kind: 'produced', summary: 'late' };
  }, { timeoutMs: 200 }),
  spec('model-call', async (ctx) => ({ kind: 'report', report: await ctx.ai.complete({ prompt: 'x' }) })),
];

let provider: RunnerDeps['provider'] = () => openAiStyleProvider({ name: 'openai-compatible', baseURL: `${fake.url}/v1`, apiKey: 'k' });
function deps(): RunnerDeps {
  const workspaceDir = path.join(env().dataDir, 'workspace');
  mkdirSync(workspaceDir, { recursive: true });
  return { catalog: buildCatalog([specs]), provider: () => provider(), workspaceDir, topics: [], readMemory: async () => [], stopSchedule: async (id) => void stopped.push(id) };
}
let slot = 0;
const run = (jobId: string, trigger: 'schedule' | 'manual' = 'schedule') => runJob({ jobId, trigger, slot: String(++slot) }, deps());
const row = async (id: string) => (await getDb()).jobRun.findUniqueOrThrow({ where: { id } });
const def = async (id: string) => (await getDb()).jobDefinition.findUniqueOrThrow({ where: { id } });

describe('runJob: truthful outcomes', () => {
  it('succeeds with a staged item, recording model, provider, tokens, session and log', async () => {
    const out = await run('stages');
    expect(out).toMatchObject({ kind: 'ran', status: 'succeeded' });
    if (out.kind !== 'ran') return;
    const r = await row(out.runId);
    expect(r).toMatchObject({ status: 'succeeded', provider: 'openai-compatible', model: 'claude-sonnet-4-5', tokensIn: 12, tokensOut: 34, outputs: 1 });
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
});
