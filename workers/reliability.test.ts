import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../lib/db/client';
import { env } from '../lib/env';
import { CATALOG } from '../lib/jobs/catalog';
import { previousSlot } from '../lib/jobs/catch-up';
import { type FakeProvider, startFakeProvider } from '../test/providers/fake-provider-server';
import { startWorker, type WorkerProcess, waitFor } from '../test/jobs/worker-process';

/**
 * Reliability with real processes: real worker processes (tsx workers/index.ts), the shared
 * Redis (own prefix) or a private redis-server on port 6391 that the test kills and restarts.
 */
let fake: FakeProvider;
const workers: WorkerProcess[] = [];
beforeAll(async () => {
  fake = await startFakeProvider();
});
afterEach(async () => {
  for (const w of workers.splice(0)) {
    w.child.kill('SIGKILL');
    await w.exited;
  }
});
afterAll(() => fake.close());

function workerEnv(extra: Record<string, string> = {}) {
  const workspace = path.join(env().dataDir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  return {
    DATABASE_URL: env().DATABASE_URL,
    BUDDY_REDIS_PREFIX: env().BUDDY_REDIS_PREFIX,
    BUDDY_DATA_DIR: env().dataDir,
    BUDDY_WORKSPACE: workspace,
    BUDDY_JOBS_LOCK_MS: '2000',
    BUDDY_AI_PROVIDER: 'openai-compatible',
    BUDDY_AI_BASE_URL: `${fake.url}/v1`,
    BUDDY_CONTENT_TOPICS: 'reliable systems',
    BUDDY_TZ: 'UTC',
    ...extra,
  };
}

async function launch(extra: Record<string, string> = {}) {
  const w = startWorker(workerEnv(extra));
  workers.push(w);
  await waitFor('worker start', () => w.output().includes('job catalog synced'), 90_000);
  return w;
}

function queueOn(url = env().REDIS_URL) {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  return { queue: new Queue('jobs', { connection, prefix: env().BUDDY_REDIS_PREFIX }), connection };
}

describe('worker reliability (real processes, real Redis)', () => {
  it('SIGKILL mid-run: the stalled job returns to the queue, is taken over once, ends truthfully', async () => {
    fake.script(['hang']);
    const first = await launch();
    const { queue, connection } = queueOn();
    const db = await getDb();
    const runId = 'kill-test-run';
    await db.jobRun.create({
      data: {
        id: runId,
        jobId: 'content-generation',
        slot: `manual:${runId}`,
        trigger: 'manual',
        status: 'queued',
        sessionId: runId,
      },
    });
    await queue.add(
      'jobs.run',
      { jobId: 'content-generation', trigger: 'manual', runId },
      { jobId: `manual-${runId}`, attempts: 1 },
    );
    await waitFor(
      'run to be running with the provider hanging',
      async () =>
        fake.requests.length >= 1 && (await db.jobRun.findUnique({ where: { id: runId } }))?.status === 'running',
    );
    first.child.kill('SIGKILL');
    await first.exited;
    expect((await db.jobRun.findUniqueOrThrow({ where: { id: runId } })).status).toBe('running');

    const second = await launch();
    const done = await waitFor(
      'the run to finish on the second worker',
      async () => {
        const run = await db.jobRun.findUniqueOrThrow({ where: { id: runId } });
        return run.status !== 'running' && run.status !== 'queued' ? run : null;
      },
      120_000,
    ).catch((error: Error) => {
      throw new Error(
        `${error.message}; state ${JSON.stringify(fake.requests.length)} requests; second worker said:\n${second.output().slice(-3000)}`,
      );
    });
    expect(done, String(done.error)).toMatchObject({ status: 'succeeded', attempt: 2, outputs: 1 });
    expect(done.log).toContain('previous attempt was abandoned');
    expect(await db.stagedItem.count({ where: { sourceRunId: runId } })).toBe(1);
    expect(await db.jobRun.count({ where: { jobId: 'content-generation' } })).toBe(1);
    await queue.close();
    connection.disconnect();
  }, 180_000);

  it('two workers racing for one missed slot: it runs exactly once', async () => {
    const db = await getDb();
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    await db.jobDefinition.upsert({
      where: { id: 'staging-cleanup' },
      create: { id: 'staging-cleanup', createdAt: longAgo },
      update: { createdAt: longAgo },
    });
    const slot = previousSlot(CATALOG.get('staging-cleanup')?.cron ?? '', 'UTC', new Date()).getTime();
    const a = startWorker(workerEnv());
    const b = startWorker(workerEnv());
    workers.push(a, b);
    const run = await waitFor(
      'the catch-up run to finish',
      async () => {
        const r = await db.jobRun.findUnique({
          where: { jobId_slot: { jobId: 'staging-cleanup', slot: String(slot) } },
        });
        return r && r.status !== 'running' ? r : null;
      },
      120_000,
    );
    expect(run).toMatchObject({ status: 'succeeded', trigger: 'catch-up' });
    // Both workers are up (and both tried to catch up) before we count.
    await waitFor(
      'both workers synced',
      () => a.output().includes('job catalog synced') && b.output().includes('job catalog synced'),
      90_000,
    );
    // The same slot delivered again (as a scheduler job would be) is recognised as a duplicate.
    const { queue, connection } = queueOn();
    await queue.add(
      'jobs.run',
      { jobId: 'staging-cleanup', trigger: 'schedule', slotMs: slot },
      { jobId: `dup-${slot}` },
    );
    await waitFor(
      'the duplicate delivery to be processed',
      async () => (await queue.getJobState(`dup-${slot}`)) === 'completed',
    );
    expect(await db.jobRun.count({ where: { jobId: 'staging-cleanup' } })).toBe(1);
    expect((await queue.getJobSchedulers(0, -1)).filter((s) => s.key.startsWith('job:'))).toHaveLength(CATALOG.size);
    await queue.close();
    connection.disconnect();
  }, 180_000);

  it('Redis restarts with the schedules in place: no duplicate schedulers, runs continue', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'buddy-redis-'));
    const port = 6391;
    const url = `redis://127.0.0.1:${port}`;
    const startRedis = () =>
      spawn('redis-server', ['--port', String(port), '--dir', dir, '--appendonly', 'yes', '--save', ''], {
        stdio: 'ignore',
      });
    let redis: ChildProcess = startRedis();
    try {
      await waitFor('redis', async () => {
        const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null });
        probe.on('error', () => {});
        const ok = await probe.connect().then(
          () => true,
          () => false,
        );
        probe.disconnect();
        return ok;
      });
      const worker = await launch({ REDIS_URL: url });
      const { queue, connection } = queueOn(url);
      expect((await queue.getJobSchedulers(0, -1)).length).toBe(CATALOG.size);

      redis.kill('SIGTERM');
      await new Promise((r) => redis.once('exit', r));
      redis = startRedis();
      await waitFor(
        'schedulers back after the restart',
        async () => (await queue.getJobSchedulers(0, -1).catch(() => [])).length === CATALOG.size,
      );

      // The same worker reconnected: a run queued after the restart is processed.
      const db = await getDb();
      const runId = 'after-redis-restart';
      await db.jobRun.create({
        data: {
          id: runId,
          jobId: 'staging-cleanup',
          slot: `manual:${runId}`,
          trigger: 'manual',
          status: 'queued',
          sessionId: runId,
        },
      });
      await queue.add('jobs.run', { jobId: 'staging-cleanup', trigger: 'manual', runId }, { jobId: `manual-${runId}` });
      await waitFor(
        'the run after the restart',
        async () => (await db.jobRun.findUnique({ where: { id: runId } }))?.status === 'succeeded',
      );

      // A second worker start on the same Redis converges on the same schedulers.
      await launch({ REDIS_URL: url });
      expect((await queue.getJobSchedulers(0, -1)).length).toBe(CATALOG.size);
      expect(worker.child.exitCode).toBeNull();
      await queue.close();
      connection.disconnect();
    } finally {
      redis.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('Redis restarts WITHOUT its data: the running worker puts every scheduler back, without a restart', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const startRedis = () =>
      spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    let redis: ChildProcess = startRedis();
    try {
      await waitFor('redis', () => redisUp(url));
      const worker = await launch({ REDIS_URL: url });
      const { queue, connection } = queueOn(url);
      const system = new Queue('system', { connection, prefix: env().BUDDY_REDIS_PREFIX });
      // Both queues lose their connection on purpose below; their reconnect errors are expected.
      for (const q of [queue, system]) q.on('error', () => {});
      expect((await queue.getJobSchedulers(0, -1)).length).toBe(CATALOG.size);

      redis.kill('SIGKILL');
      await new Promise((r) => redis.once('exit', r));
      redis = startRedis();
      await waitFor('an empty redis', () => redisUp(url));
      await waitFor(
        'schedulers restored by the running worker',
        async () => (await queue.getJobSchedulers(0, -1).catch(() => [])).length === CATALOG.size,
        60_000,
      );
      expect(await system.getJobScheduler('system.heartbeat')).toBeDefined();
      expect(await system.getJobScheduler('memory.duplicate-scan')).toBeDefined();
      // Restored by the reconnect, not by a periodic check (a minute apart) nor by a new worker.
      await waitFor('the resync to be logged', () =>
        worker.output().includes('"reason":"redis connection ready again"'),
      );
      expect(worker.child.exitCode).toBeNull();
      await system.close();
      await queue.close();
      connection.disconnect();
    } finally {
      redis.kill('SIGKILL');
    }
  }, 180_000);
});

async function redisUp(url: string): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null });
  probe.on('error', () => {});
  const ok = await probe.connect().then(
    () => true,
    () => false,
  );
  probe.disconnect();
  return ok;
}

/** A port nothing listens on, for a private redis-server. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
