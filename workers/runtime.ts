import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { env } from '../lib/env';
import { log } from '../lib/log';
import { JOBS, type JobName, QUEUES } from '../lib/queue/catalog';
import { createRedis } from '../lib/redis/connection';
import { onJobFailed } from './on-job-failed';
import { HANDLERS } from './registry';

export type RunningWorkers = { workers: Worker[]; close: (graceMs: number) => Promise<void> };

async function process(job: Job, shutdown: AbortSignal): Promise<unknown> {
  const name = job.name as JobName;
  const definition = JOBS[name];
  const handler = HANDLERS[name] as ((payload: unknown, ctx: unknown) => Promise<unknown>) | undefined;
  if (!definition || !handler) throw new UnrecoverableError(`No handler registered for job "${job.name}".`);
  const parsed = definition.schema.safeParse(job.data);
  // A payload that does not match its schema will never succeed; retrying would only repeat the failure.
  if (!parsed.success) throw new UnrecoverableError(`Invalid payload for "${job.name}": ${parsed.error.message}`);
  return handler(parsed.data, { job, signal: shutdown });
}

/** Starts one BullMQ worker per queue, each on its own blocking Redis connection. */
export function startWorkers(options: { concurrency?: number } = {}): RunningWorkers {
  const shutdown = new AbortController();
  const connections = QUEUES.map(() => createRedis('worker'));
  const workers = QUEUES.map((queue, index) => {
    const worker = new Worker(queue, (job) => process(job, shutdown.signal), {
      connection: connections[index] as ReturnType<typeof createRedis>,
      prefix: env().BUDDY_REDIS_PREFIX,
      concurrency: options.concurrency ?? (queue === 'system' ? 4 : env().BUDDY_JOBS_CONCURRENCY),
      // A worker killed mid-run stops renewing its lock; after lockDuration another worker's stalled
      // check returns the job to the queue once (maxStalledCount), then fails it.
      lockDuration: env().BUDDY_JOBS_LOCK_MS,
      stalledInterval: Math.max(1000, Math.round(env().BUDDY_JOBS_LOCK_MS / 2)),
      maxStalledCount: 1,
    });
    worker.on('failed', (job, error) => {
      log.warn('job failed', { queue, job: job?.name, id: job?.id, error: error.message });
      if (job) void onJobFailed(job, error);
    });
    worker.on('error', (error) => log.error('worker error', { queue, error: error.message }));
    return worker;
  });

  return {
    workers,
    /**
     * Lets active jobs finish within `graceMs`; after that they are abandoned with their lock, and
     * BullMQ's stalled-job check hands them to another worker (or fails them) by policy.
     */
    async close(graceMs: number) {
      const graceful = Promise.all(workers.map((w) => w.close()));
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), graceMs);
      });
      const outcome = await Promise.race([graceful.then(() => 'done' as const), deadline]);
      clearTimeout(timer);
      if (outcome === 'timeout') {
        shutdown.abort(new Error('worker shutting down'));
        await Promise.all(workers.map((w) => w.close(true)));
      }
      for (const connection of connections) connection.disconnect();
    },
  };
}
