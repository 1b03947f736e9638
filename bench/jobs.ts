/**
 * npm run bench:jobs [-- --n=5000 --concurrency=16 --paced=300 --warmup=500 --rounds=3]
 * 5,000 no-op runs through Buddy's runner (slot claim, isolated session, context, log, status
 * records, circuit bookkeeping, live events, the worker's definition cache) against bare BullMQ
 * Queue.add + Worker: same Redis, same process, same concurrency, same number of jobs.
 * Prints throughput and their ratio, enqueue-to-start latency p50/p95 on an idle worker, the
 * this process's CPU time per run (enqueueing included, same for both; it does not depend on what
 * else the shared machine runs), its RSS after each side, and the load average.
 * The script runs as the worker does in production (docker/worker/Dockerfile, npm run worker):
 * bundled by esbuild. Under tsx, whose transform wraps every inner function to keep its name,
 * Buddy's side measured about a fifth slower.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const N = arg('n', 5000);
const CONCURRENCY = arg('concurrency', 16);
const PACED = arg('paced', 300);
// Runs through each side before the clock starts: both pay for compiling their code paths once (for
// Buddy that includes Prisma's query compiler, WebAssembly compiled function by function on first
// use), which a long-lived worker pays at start, not per run.
const WARMUP = arg('warmup', 500);
// The two sides take turns, ROUNDS times each. Each round's ratio compares two measurements taken
// seconds apart, and the median of those ratios is the result: this shared machine's speed drifts
// by half between minutes (bare BullMQ alone measured 7,500 to 14,000 runs/s), which a comparison
// of whole runs would report as Buddy's doing.
const ROUNDS = arg('rounds', 5);

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
const { closeSharedDefinitionCache, sharedDefinitionCache } = await import('../lib/jobs/definition-cache');
const { runJob } = await import('../lib/jobs/run-job');
const { slotOf } = await import('../workers/jobs/run-catalog-job');
const { JOBS } = await import('../lib/queue/catalog');
const { env } = await import('../lib/env');

type Result = {
  name: string;
  seconds: number;
  perSecond: number;
  cpuMs: number;
  p50: number;
  p95: number;
  rssMb: number;
};
type Processor = (data: Record<string, unknown>, id: string | undefined, prevMillis?: number) => Promise<unknown>;
/** When the run of a paced job started, if not at the processor's entry (Buddy: when its run was claimed). */
type StartTimes = (ids: string[]) => Promise<Map<string, number>>;

const loadBefore = loadavg();
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const rssMb = () => process.memoryUsage().rss / 1024 / 1024;

async function measure(
  name: string,
  queueName: string,
  processJob: Processor,
  payload: (i: number) => Record<string, unknown>,
  paced: number,
  startTimes?: StartTimes,
): Promise<Result> {
  const producer = createRedis('producer');
  const queue = new Queue(queueName, { connection: producer, prefix });
  const enteredAt = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  let done = 0;
  let target = 0;
  let finish: () => void = () => {};
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
    else if (++done === target) finish();
  });
  await worker.waitUntilReady();
  const drain = async (from: number, count: number) => {
    done = 0;
    target = count;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const BATCH = 50;
    for (let i = 0; i < count; i += BATCH) {
      await Promise.all(
        Array.from({ length: Math.min(BATCH, count - i) }, (_, k) => queue.add('jobs.run', payload(from + i + k))),
      );
    }
    await finished;
  };
  if (WARMUP > 0) await drain(0, WARMUP);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await drain(WARMUP, N);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // Start latency on an idle worker: one run at a time, the next enqueued once the previous one
  // completed (a backlog would measure the queue, not the runner).
  const enqueuedAt = new Map<string, number>();
  for (let i = 0; i < paced; i++) {
    const id = `paced-${i}`;
    const completed = new Promise<void>((resolve) => waiting.set(id, resolve));
    enqueuedAt.set(id, Date.now());
    await queue.add('jobs.run', { ...payload(WARMUP + N + i), paced: true }, { jobId: id });
    await completed;
  }
  const starts = startTimes ? await startTimes([...enqueuedAt.keys()]) : enteredAt;
  const latencies = [...enqueuedAt].map(([id, at]) => (starts.get(id) ?? Number.NaN) - at).sort((a, b) => a - b);
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  producer.disconnect();
  return {
    name,
    seconds,
    perSecond: N / seconds,
    cpuMs: (cpu.user + cpu.system) / 1000 / N,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rssMb: rssMb(),
  };
}

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
  definitions: sharedDefinitionCache(),
  provider: () => null,
  workspaceDir: dataDir,
  topics: [],
  readMemory: async () => [],
  stopSchedule: async () => undefined,
};
const buddyProcessor: Processor = async (data, id, prevMillis) => {
  const payload = JOBS['jobs.run'].schema.parse(data);
  return runJob({ jobId: payload.jobId, trigger: payload.trigger, slot: slotOf(payload, prevMillis, id) }, deps);
};

const bareRounds: Result[] = [];
const buddyRounds: Result[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Start latency is measured once, in the last round.
  const paced = round === ROUNDS - 1 ? PACED : 0;
  bareRounds.push(
    await measure(
      'bare BullMQ',
      `bench-bare-${round}`,
      async () => undefined,
      () => ({}),
      paced,
    ),
  );
  const slotBase = 1_000_000 + round * (WARMUP + N + PACED);
  buddyRounds.push(
    await measure(
      "Buddy's runner",
      `bench-buddy-${round}`,
      buddyProcessor,
      (i) => ({ jobId: 'bench-noop', trigger: 'schedule', slotMs: slotBase + i }),
      paced,
      // A paced job's run starts when the runner has claimed its slot: the run record's startedAt.
      async (ids) => {
        const slots = ids.map((_, i) => String(slotBase + WARMUP + N + i));
        const runs = await (await getDb()).jobRun.findMany({
          where: { jobId: 'bench-noop', slot: { in: slots } },
          select: { slot: true, startedAt: true },
        });
        const bySlot = new Map(runs.map((r) => [r.slot, r.startedAt?.getTime() ?? Number.NaN]));
        return new Map(ids.map((id, i) => [id, bySlot.get(slots[i] as string) ?? Number.NaN]));
      },
    ),
  );
}
const median = (rounds: Result[]): Result => {
  const sorted = [...rounds].sort((a, b) => a.perSecond - b.perSecond);
  const mid = sorted[Math.floor(sorted.length / 2)] as Result;
  const last = rounds[rounds.length - 1] as Result;
  return { ...mid, p50: last.p50, p95: last.p95, rssMb: last.rssMb };
};
const bare = median(bareRounds);
const buddy = median(buddyRounds);

const succeeded = await (await getDb()).jobRun.count({ where: { jobId: 'bench-noop', status: 'succeeded' } });
const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (r: Result) =>
  `${r.name.padEnd(16)} ${r.seconds.toFixed(2).padStart(7)} s ${r.perSecond.toFixed(0).padStart(7)} runs/s  ${r.cpuMs.toFixed(2)} ms CPU/run   start latency p50 ${String(r.p50).padStart(4)} ms  p95 ${String(r.p95).padStart(4)} ms   RSS after ${r.rssMb.toFixed(0)} MB`;
console.log(
  `\n${N} no-op runs each (throughput) after ${WARMUP} untimed, ${ROUNDS} rounds taking turns; then ${PACED} one at a time (enqueue -> start); concurrency ${CONCURRENCY}; SQLite; Redis ${env().REDIS_URL}`,
);
for (const [i, r] of bareRounds.entries()) {
  const b = buddyRounds[i] as Result;
  console.log(
    `  round ${i + 1}: bare ${r.seconds.toFixed(2)} s, ${r.perSecond.toFixed(0)} runs/s; Buddy ${b.seconds.toFixed(2)} s, ${b.perSecond.toFixed(0)} runs/s; ratio ${pct(b.perSecond / r.perSecond)}`,
  );
}
console.log('median round of each side:');
console.log(row(bare));
console.log(row(buddy));
const ratios = bareRounds.map((r, i) => (buddyRounds[i] as Result).perSecond / r.perSecond).sort((a, b) => a - b);
const cpuRatios = bareRounds.map((r, i) => r.cpuMs / (buddyRounds[i] as Result).cpuMs).sort((a, b) => a - b);
const mid = (xs: number[]) => xs[Math.floor(xs.length / 2)] as number;
console.log(
  `throughput ratio Buddy / bare BullMQ, median of the rounds: ${pct(mid(ratios))} (rounds: ${pct(ratios[0] as number)} to ${pct(ratios[ratios.length - 1] as number)}; target >= 50%); CPU per run ratio bare / Buddy: ${pct(mid(cpuRatios))}`,
);
console.log(`Buddy start latency p95: ${buddy.p95} ms (target < 50 ms; start = run claimed, bare = handler entered)`);
console.log(`run records succeeded: ${succeeded}/${ROUNDS * (WARMUP + N) + PACED} (warm-up runs included)`);
console.log(`worker RSS after the run: ${rssMb().toFixed(0)} MB`);
console.log(`load average (1/5/15 min) before: ${load(loadBefore)}  after: ${load(loadavg())}`);

closeSharedDefinitionCache();
await closeSharedRedis();
await disconnectDb();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
