/**
 * npm run bench:jobs [-- --n=5000 --concurrency=16 --paced=300]
 * 5,000 no-op runs through Buddy's runner (slot claim, isolated session, context, log, status
 * records, circuit bookkeeping, live events, the worker's definition cache) against bare BullMQ
 * Queue.add + Worker: same Redis, same process, same concurrency, same number of jobs.
 * Prints throughput and their ratio, enqueue-to-start latency p50/p95 on an idle worker, the
 * this process's CPU time per run (enqueueing included, same for both; it does not depend on what
 * else the shared machine runs), its RSS after each side, and the load average.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
const { closeSharedDefinitionCache, sharedDefinitionCache } = await import('../lib/jobs/definition-cache');
const { runJob } = await import('../lib/jobs/run-job');
const { slotOf } = await import('../workers/jobs/run-catalog-job');
const { JOBS } = await import('../lib/queue/catalog');
const { env } = await import('../lib/env');

type Result = { name: string; seconds: number; perSecond: number; cpuMs: number; p50: number; p95: number; rssMb: number };
type Processor = (data: Record<string, unknown>, id: string | undefined, prevMillis?: number) => Promise<unknown>;
/** When the run of a paced job started, if not at the processor's entry (Buddy: when its run was claimed). */
type StartTimes = (ids: string[]) => Promise<Map<string, number>>;

const loadBefore = loadavg();
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

async function measure(name: string, queueName: string, processJob: Processor, payload: (i: number) => Record<string, unknown>, startTimes?: StartTimes): Promise<Result> {
  const producer = createRedis('producer');
  const queue = new Queue(queueName, { connection: producer, prefix });
  const enteredAt = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  let done = 0;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const worker = new Worker(
    queueName,
    async (job) => {
      if (job.data.paced) enteredAt.set(String(job.id), Date.now());
      await processJob(job.data, job.id, (job.opts as { prevMillis?: number }).prevMillis);
    },
    { connection: createRedis('worker'), prefix, concurrency: CONCURRENCY, removeOnComplete: { count: 100 } },
  );
  worker.on('completed', (job) => {
    if (job.data.paced) waiting.get(String(job.id))?.();
    else if (++done === N) finish();
  });
  await worker.waitUntilReady();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const BATCH = 50;
  for (let i = 0; i < N; i += BATCH) {
    await Promise.all(Array.from({ length: Math.min(BATCH, N - i) }, (_, k) => queue.add('jobs.run', payload(i + k))));
  }
  await finished;
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // Start latency on an idle worker: one run at a time, the next enqueued once the previous one
  // completed (a backlog would measure the queue, not the runner).
  const enqueuedAt = new Map<string, number>();
  for (let i = 0; i < PACED; i++) {
    const id = `paced-${i}`;
    const completed = new Promise<void>((resolve) => waiting.set(id, resolve));
    enqueuedAt.set(id, Date.now());
    await queue.add('jobs.run', { ...payload(N + i), paced: true }, { jobId: id });
    await completed;
  }
  const starts = startTimes ? await startTimes([...enqueuedAt.keys()]) : enteredAt;
  const latencies = [...enqueuedAt].map(([id, at]) => (starts.get(id) ?? Number.NaN) - at).sort((a, b) => a - b);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  producer.disconnect();
  return { name, seconds, perSecond: N / seconds, cpuMs: (cpu.user + cpu.system) / 1000 / N, p50: percentile(latencies, 50), p95: percentile(latencies, 95), rssMb: rssMb() };
}

const bare = await measure('bare BullMQ', 'bench-bare', async () => undefined, () => ({}));

const noop = { name: 'bench-noop', title: 'No-op', description: 'benchmark', cron: '0 0 * * *', model: null, timeoutMs: 60_000, catchUp: 'skip' as const, outputs: [], handler: async () => ({ kind: 'nothing-to-report' as const, reason: 'benchmark' }) };
const deps = { catalog: buildCatalog([[noop]]), definitions: sharedDefinitionCache(), provider: () => null, workspaceDir: dataDir, topics: [], readMemory: async () => [], stopSchedule: async () => undefined };
const SLOT_BASE = 1_000_000;
const buddy = await measure(
  "Buddy's runner",
  'bench-buddy',
  async (data, id, prevMillis) => {
    const payload = JOBS['jobs.run'].schema.parse(data);
    return runJob({ jobId: payload.jobId, trigger: payload.trigger, slot: slotOf(payload, prevMillis, id) }, deps);
  },
  (i) => ({ jobId: 'bench-noop', trigger: 'schedule', slotMs: SLOT_BASE + i }),
  // A paced job's run starts when the runner has claimed its slot: the run record's startedAt.
  async (ids) => {
    const slots = ids.map((_, i) => String(SLOT_BASE + N + i));
    const runs = await (await getDb()).jobRun.findMany({ where: { jobId: 'bench-noop', slot: { in: slots } }, select: { slot: true, startedAt: true } });
    const bySlot = new Map(runs.map((r) => [r.slot, r.startedAt?.getTime() ?? Number.NaN]));
    return new Map(ids.map((id, i) => [id, bySlot.get(slots[i] as string) ?? Number.NaN]));
  },
);

const succeeded = await (await getDb()).jobRun.count({ where: { jobId: 'bench-noop', status: 'succeeded' } });
const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
const row = (r: Result) =>
  `${r.name.padEnd(16)} ${r.seconds.toFixed(2).padStart(7)} s ${r.perSecond.toFixed(0).padStart(7)} runs/s  ${r.cpuMs.toFixed(2)} ms CPU/run   start latency p50 ${String(r.p50).padStart(4)} ms  p95 ${String(r.p95).padStart(4)} ms   RSS after ${r.rssMb.toFixed(0)} MB`;
console.log(`\n${N} no-op runs each (throughput), then ${PACED} one at a time (enqueue -> start); concurrency ${CONCURRENCY}; SQLite; Redis ${env().REDIS_URL}`);
console.log(row(bare));
console.log(row(buddy));
console.log(`throughput ratio Buddy / bare BullMQ: ${((buddy.perSecond / bare.perSecond) * 100).toFixed(1)}% (target >= 50%); CPU per run ratio bare / Buddy: ${((bare.cpuMs / buddy.cpuMs) * 100).toFixed(1)}%`);
console.log(`Buddy start latency p95: ${buddy.p95} ms (target < 50 ms; start = run claimed, bare = handler entered)`);
console.log(`run records succeeded: ${succeeded}/${N + PACED}`);
console.log(`worker RSS after the run: ${rssMb().toFixed(0)} MB`);
console.log(`load average (1/5/15 min) before: ${load(loadBefore)}  after: ${load(loadavg())}`);

closeSharedDefinitionCache();
await closeSharedRedis();
await disconnectDb();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
