/**
 * npm run bench:jobs [-- --n=5000 --concurrency=16]
 * 5,000 no-op runs through Buddy's runner (slot claim, isolated session, context, log, status
 * records, circuit bookkeeping, live events) against bare BullMQ Queue.add + Worker, same Redis,
 * same process, same concurrency. Prints throughput, the ratio, enqueue-to-start p50/p95 and RSS.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const N = arg('n', 5000);
const CONCURRENCY = arg('concurrency', 16);
const PACED = arg('paced', 300);

const dataDir = mkdtempSync(path.join(tmpdir(), 'buddy-bench-'));
const prefix = `bench:${randomBytes(4).toString('hex')}`;
process.env.BUDDY_DATA_DIR = dataDir;
process.env.BUDDY_REDIS_PREFIX = prefix;
process.env.BUDDY_LOG_LEVEL = 'error';
process.env.DATABASE_URL = `file:${path.join(dataDir, 'buddy.db')}`;
execFileSync(path.resolve('node_modules/.bin/tsx'), ['prisma/tools/migrate.ts', 'deploy'], { env: process.env, stdio: 'ignore' });

const { Queue, Worker } = await import('bullmq');
const { createRedis, closeSharedRedis } = await import('../lib/redis/connection');
const { disconnectDb, getDb } = await import('../lib/db/client');
const { buildCatalog } = await import('../lib/jobs/catalog');
const { runJob } = await import('../lib/jobs/run-job');
const { slotOf } = await import('../workers/jobs/run-catalog-job');
const { JOBS } = await import('../lib/queue/catalog');
const { env } = await import('../lib/env');

type Result = { name: string; seconds: number; perSecond: number; p50: number; p95: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(name: string, queueName: string, process: (data: Record<string, unknown>, id: string | undefined, prevMillis?: number) => Promise<unknown>, payload: (i: number) => Record<string, unknown>): Promise<Result> {
  const producer = createRedis('producer');
  const queue = new Queue(queueName, { connection: producer, prefix });
  const latencies: number[] = [];
  let pacedStart: ((at: number) => void) | null = null;
  let done = 0;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const worker = new Worker(
    queueName,
    async (job) => {
      if (job.data.paced) pacedStart?.(Date.now());
      await process(job.data, job.id, (job.opts as { prevMillis?: number }).prevMillis);
    },
    { connection: createRedis('worker'), prefix, concurrency: CONCURRENCY, removeOnComplete: { count: 100 } },
  );
  worker.on('completed', (job) => {
    if (!job.data.paced && ++done === N) finish();
  });
  await worker.waitUntilReady();
  const started = performance.now();
  const BATCH = 50;
  for (let i = 0; i < N; i += BATCH) {
    await Promise.all(Array.from({ length: Math.min(BATCH, N - i) }, (_, k) => queue.add('jobs.run', payload(i + k))));
  }
  await finished;
  const seconds = (performance.now() - started) / 1000;
  // Start latency on an idle worker: one run at a time, enqueue -> handler start (a backlog would measure the queue, not the runner).
  for (let i = 0; i < PACED; i++) {
    const startedAt = new Promise<number>((resolve) => {
      pacedStart = resolve;
    });
    const enqueuedAt = Date.now();
    await queue.add('jobs.run', { ...payload(N + i), paced: true });
    latencies.push((await startedAt) - enqueuedAt);
  }
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  producer.disconnect();
  latencies.sort((a, b) => a - b);
  return { name, seconds, perSecond: N / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

const bare = await measure('bare BullMQ', 'bench-bare', async () => undefined, () => ({}));

const noop = { name: 'bench-noop', title: 'No-op', description: 'benchmark', cron: '0 0 * * *', model: null, timeoutMs: 60_000, catchUp: 'skip' as const, outputs: [], handler: async () => ({ kind: 'nothing-to-report' as const, reason: 'benchmark' }) };
const deps = { catalog: buildCatalog([[noop]]), provider: () => null, workspaceDir: dataDir, topics: [], readMemory: async () => [], stopSchedule: async () => undefined };
mkdirSync(dataDir, { recursive: true });
const buddy = await measure(
  "Buddy's runner",
  'bench-buddy',
  async (data, id, prevMillis) => {
    const payload = JOBS['jobs.run'].schema.parse(data);
    return runJob({ jobId: payload.jobId, trigger: payload.trigger, slot: slotOf(payload, prevMillis, id) }, deps);
  },
  (i) => ({ jobId: 'bench-noop', trigger: 'schedule', slotMs: i + 1 }),
);

const db = await getDb();
const succeeded = await db.jobRun.count({ where: { jobId: 'bench-noop', status: 'succeeded' } });
const expected = N + PACED;
const rssMb = process.memoryUsage().rss / 1024 / 1024;
const row = (r: Result) => `${r.name.padEnd(16)} ${r.seconds.toFixed(2).padStart(7)} s ${r.perSecond.toFixed(0).padStart(7)} runs/s   idle start latency p50 ${String(r.p50).padStart(5)} ms  p95 ${String(r.p95).padStart(5)} ms`;
console.log(`\n${N} no-op runs each (throughput), then ${PACED} one at a time (start latency); concurrency ${CONCURRENCY}; SQLite; Redis ${env().REDIS_URL}`);
console.log(row(bare));
console.log(row(buddy));
console.log(`throughput ratio Buddy / bare BullMQ: ${((buddy.perSecond / bare.perSecond) * 100).toFixed(1)}% (target >= 50%)`);
console.log(`Buddy start latency p95: ${buddy.p95} ms (target < 50 ms)`);
console.log(`run records succeeded: ${succeeded}/${expected}`);
console.log(`worker RSS after the run: ${rssMb.toFixed(0)} MB`);

await closeSharedRedis();
await disconnectDb();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
