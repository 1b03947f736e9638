/**
 * npm run bench:jobs [-- --n=1000 --warmup=100]
 * What Buddy's bookkeeping costs a job run, beside bare BullMQ for information. A no-op catalog job
 * runs N times, one at a time, on SQLite:
 *  - bookkeeping: runJob alone (definition read, slot claim, context, verdict and circuit in one
 *    transaction, live events), timed around the call; target p95 < 5 ms;
 *  - bare BullMQ: Queue.add to the 'completed' event of a Worker whose processor does nothing;
 *  - Buddy through BullMQ: the same round trip with runJob as the processor.
 * Nightly jobs wait seconds to minutes on a model; the point is that the bookkeeping stays negligible.
 * Runs bundled by esbuild, as the worker does in production (npm run worker).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const N = arg('n', 1000);
// Runs before the clock starts: Prisma's query compiler and the JIT warm up once per process.
const WARMUP = arg('warmup', 100);
const TARGET_P95_MS = 5;

const dataDir = mkdtempSync(path.join(tmpdir(), 'buddy-bench-'));
const prefix = `bench:${randomBytes(4).toString('hex')}`;
process.env.BUDDY_DATA_DIR = dataDir;
process.env.BUDDY_REDIS_PREFIX = prefix;
process.env.BUDDY_LOG_LEVEL = 'error';
process.env.DATABASE_URL = `file:${path.join(dataDir, 'buddy.db')}`;
execFileSync(path.resolve('node_modules/.bin/tsx'), ['prisma/tools/migrate.ts', 'deploy'], {
  env: process.env,
  stdio: 'ignore',
});

const { Queue, Worker } = await import('bullmq');
const { createRedis, closeSharedRedis } = await import('../lib/redis/connection');
const { disconnectDb, getDb } = await import('../lib/db/client');
const { buildCatalog } = await import('../lib/jobs/catalog');
const { runJob } = await import('../lib/jobs/run-job');

const noop = {
  name: 'bench-noop',
  title: 'No-op',
  description: 'benchmark',
  cron: '0 0 * * *',
  model: null,
  timeoutMs: 60_000,
  catchUp: 'skip' as const,
  outputs: [],
  handler: async () => ({ kind: 'nothing-to-report' as const, reason: 'benchmark' }),
};
const deps = {
  catalog: buildCatalog([[noop]]),
  provider: () => null,
  workspaceDir: dataDir,
  topics: [],
  readMemory: async () => [],
  stopSchedule: async () => undefined,
};
let slot = 0;
const buddyRun = () => runJob({ jobId: 'bench-noop', trigger: 'schedule', slot: String(++slot) }, deps);

type Figures = { p50: number; p95: number; max: number };
function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

async function timed(count: number, once: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await once();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Enqueue-to-completed round trips through a real queue and worker, one job at a time. */
async function throughBullMq(queueName: string, processor: () => Promise<unknown>): Promise<number[]> {
  const queue = new Queue(queueName, { connection: createRedis('producer'), prefix });
  const worker = new Worker(queueName, processor, {
    connection: createRedis('worker'),
    prefix,
    removeOnComplete: { count: 100 },
  });
  const waiting = new Map<string, () => void>();
  worker.on('completed', (job) => waiting.get(String(job.id))?.());
  await worker.waitUntilReady();
  let id = 0;
  const once = async () => {
    const jobId = `${queueName}-${++id}`;
    const completed = new Promise<void>((resolve) => waiting.set(jobId, resolve));
    await queue.add('jobs.run', {}, { jobId });
    await completed;
    waiting.delete(jobId);
  };
  await timed(WARMUP, once);
  const samples = await timed(N, once);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return samples;
}

await timed(WARMUP, buddyRun);
const cpuBefore = process.cpuUsage();
const bookkeeping = figures(await timed(N, buddyRun));
const cpu = process.cpuUsage(cpuBefore);
// CPU time does not grow with what else the shared machine runs; wall-clock percentiles do.
const cpuMsPerRun = (cpu.user + cpu.system) / 1000 / N;
const bare = figures(await throughBullMq('bench-bare', async () => undefined));
const viaQueue = figures(await throughBullMq('bench-buddy', buddyRun));
const succeeded = await (await getDb()).jobRun.count({ where: { jobId: 'bench-noop', status: 'succeeded' } });

const ms = (x: number) => `${x.toFixed(2).padStart(7)} ms`;
const row = (name: string, f: Figures) => `${name.padEnd(34)} p50 ${ms(f.p50)}   p95 ${ms(f.p95)}   max ${ms(f.max)}`;
console.log(`\n${N} no-op runs, one at a time, after ${WARMUP} untimed; SQLite; Redis on 127.0.0.1`);
console.log(`${row("Buddy's bookkeeping per run", bookkeeping)}   CPU ${cpuMsPerRun.toFixed(2)} ms/run`);
console.log(row('bare BullMQ round trip (info)', bare));
console.log(row('Buddy through BullMQ round trip', viaQueue));
console.log(
  `bookkeeping p95 ${bookkeeping.p95.toFixed(2)} ms: ${bookkeeping.p95 < TARGET_P95_MS ? 'within' : 'OVER'} the target of ${TARGET_P95_MS} ms`,
);
console.log(
  `load average (1/5/15 min): ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${availableParallelism()} cores`,
);
console.log(`run records succeeded: ${succeeded}/${slot}`);

await closeSharedRedis();
await disconnectDb();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
