/**
 * npm run bench:staging — seeds 10,000 staged items with realistic bodies into a fresh SQLite
 * database, starts the built app (next start; run `npm run build` first) on BENCH_PORT, and
 * measures over HTTP: list p50/p95, detail p95, approve p95 (items without files) and the server
 * render of /staging. The bare Prisma query the list needs is measured in the same run.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { stagedRow } from './bench-rows';

const ITEMS = 10_000;
const SAMPLES = 200;
const port = Number(process.env.BENCH_PORT ?? 5199);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'buddy-bench-'));
Object.assign(process.env, {
  BUDDY_DATA_DIR: dataDir,
  BUDDY_WORKSPACE: path.join(dataDir, 'workspace'),
  BUDDY_REDIS_PREFIX: `bench:${randomBytes(4).toString('hex')}`,
  BUDDY_LOG_LEVEL: 'error',
  NEXT_TELEMETRY_DISABLED: '1',
  AUTH_TRUST_HOST: 'true',
});
delete process.env.DATABASE_URL;

const { getDb, disconnectDb } = await import('../lib/db/client');
const { createOwner } = await import('../lib/auth/owner');
const { sessionCookie } = await import('../test/session');
const { listWhere, STAGED_SUMMARY_SELECT } = await import('../lib/staging/list-staged-items');
const { listStagedQuerySchema } = await import('../lib/staging/list-schemas');
const { STAGED_KINDS } = await import('../lib/staging/schemas');
const { STAGED_KIND_HANDLERS } = await import('../lib/staged-kinds/staging-decisions');

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}
const WARM_UP = 5;
// Every call gets its own index (warm-up included), so one-shot actions like approve never repeat an id.
async function measure(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await fn(i);
  const out: number[] = [];
  for (let i = WARM_UP; i < n + WARM_UP; i++) out.push(await time(() => fn(i)));
  return out;
}

async function seed() {
  const db = await getDb();
  const now = Date.now();
  for (let start = 0; start < ITEMS; start += 500) {
    await db.stagedItem.createMany({ data: Array.from({ length: 500 }, (_, j) => stagedRow(start + j, ITEMS, now)) });
  }
}

async function startApp(): Promise<ChildProcess> {
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: process.env,
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((r) => setTimeout(r, 500)); // polling a starting server, not synchronising a test
  }
  throw new Error('the app did not start; run `npm run build` first');
}

async function main() {
  mkdirSync(path.join(dataDir, 'workspace'), { recursive: true });
  const migrate = spawnSync('npx', ['tsx', 'prisma/tools/migrate.ts', 'deploy'], {
    env: process.env,
    stdio: 'inherit',
  });
  if (migrate.status !== 0) throw new Error('migration failed');
  await createOwner({ email: 'bench@buddy.test', password: 'bench password long' });
  const cookie = await sessionCookie('bench@buddy.test');
  const seedMs = await time(seed);
  console.log(`seeded ${ITEMS} items in ${Math.round(seedMs)} ms`);
  const app = await startApp();
  try {
    const headers = { cookie };
    const get = async (url: string) => {
      const r = await fetch(base + url, { headers });
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.text();
    };
    const db = await getDb();
    const q = listStagedQuerySchema.parse({ status: 'pending' });
    const bare = await measure(SAMPLES, () =>
      db.stagedItem.findMany({
        where: listWhere(q),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: 51,
        select: STAGED_SUMMARY_SELECT,
      }),
    );
    const list = await measure(SAMPLES, () => get('/api/staging?status=pending'));
    // Approval is measured on plain items: kinds with an approval effect (a prediction update, a memory
    // proposal, a drift report) need the records they refer to, which this synthetic seed does not create.
    const declared = new Set(STAGED_KIND_HANDLERS.map((h) => h.kind));
    const plainKinds = STAGED_KINDS.filter((k) => !declared.has(k));
    const ids = (
      await db.stagedItem.findMany({
        where: { status: 'pending', kind: { in: plainKinds } },
        select: { id: true },
        take: 2 * SAMPLES + 10,
      })
    ).map((r) => r.id);
    const detail = await measure(SAMPLES, (i) => get(`/api/staging/${ids[i % ids.length]}`));
    const toApprove = ids.slice(SAMPLES - WARM_UP);
    const approve = await measure(SAMPLES, async (i) => {
      const r = await fetch(`${base}/api/staging/${toApprove[i]}/approve`, {
        method: 'POST',
        // As the dashboard sends it: same origin, JSON even with no body (the CSRF check refuses anything else).
        headers: { ...headers, origin: base, 'content-type': 'application/json' },
      });
      if (!r.ok) throw new Error(`approve: ${r.status} ${await r.text()}`);
    });
    const render = await measure(30, () => get('/staging'));
    const rows: [string, number[], number | null][] = [
      ['bare Prisma list query (in process)', bare, null],
      ['GET /api/staging (list, 50)', list, 50],
      ['GET /api/staging/:id (detail)', detail, null],
      ['POST /api/staging/:id/approve (no files)', approve, 30],
      ['GET /staging (server render, HTML)', render, null],
    ];
    console.log(`\n${'measure'.padEnd(44)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}  target p95`);
    for (const [name, s, target] of rows) {
      console.log(
        `${name.padEnd(44)} ${percentile(s, 50).toFixed(1).padStart(8)} ${percentile(s, 95).toFixed(1).padStart(8)}  ${target ? `< ${target}` : ''}`,
      );
    }
    const ratio = percentile(list, 95) / percentile(bare, 95);
    console.log(
      `\nlist API p95 / bare query p95 = ${ratio.toFixed(2)}x (target < 3x); p50 ratio ${(percentile(list, 50) / percentile(bare, 50)).toFixed(2)}x`,
    );
  } finally {
    if (app.pid) process.kill(-app.pid, 'SIGTERM');
    await disconnectDb();
    const { closeSharedRedis } = await import('../lib/redis/connection');
    await closeSharedRedis();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
