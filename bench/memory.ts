/**
 * npm run bench:memory — seeds 100,000 memory entries into a fresh SQLite database, then measures
 * search latency through the API route handler (auth, zod, ranking, highlighting, JSON) and through
 * a bare FTS5 query on the same database in the same run, plus the near-duplicate scan.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { makeCorpus, makeQueries } from './memory-corpus';

const N = Number(process.env.BENCH_MEMORY_ENTRIES ?? 100_000);
const dir = mkdtempSync(path.join(tmpdir(), 'buddy-bench-memory-'));
const file = path.join(dir, 'buddy.db');
process.env.BUDDY_DATA_DIR = dir;
process.env.DATABASE_URL = `file:${file}`;
process.env.BUDDY_REDIS_PREFIX = `bench:${randomBytes(4).toString('hex')}`;
process.env.BUDDY_LOG_LEVEL = 'error';

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number;
const ms = (x: number) => `${x.toFixed(2)} ms`;

async function main() {
  // Migrate in a child process, as deployments do; the schema engine keeps its connection otherwise.
  const migrate = spawnSync(path.resolve('node_modules/.bin/tsx'), ['prisma/tools/migrate.ts', 'deploy'], { env: process.env, encoding: 'utf8' });
  if (migrate.status !== 0) throw new Error(`migration failed: ${migrate.stderr}`);

  // Seeding goes straight through better-sqlite3 in one transaction: the point is the data, and the
  // triggers that maintain the FTS index fire exactly as they do for Prisma's inserts.
  const { contentHash, encodeTags } = await import('../lib/memory/normalize-text');
  const raw = new Database(file, { timeout: 10_000 });
  raw.pragma('journal_mode = WAL');
  const insert = raw.prepare(
    `INSERT INTO "MemoryEntry" (id, content, contentHash, category, tags, pinned, status, sourceKind, sourceId, createdBy, version, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, 1, ?, ?)`,
  );
  const corpus = makeCorpus(N);
  const seedStart = performance.now();
  raw.transaction(() => {
    corpus.forEach((e, i) => {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      const source = i % 3 === 0 ? ['job-run', `run-${i % 500}`, 'job:feedback-synthesis'] : ['owner', 'owner@example.com', 'owner:owner@example.com'];
      insert.run(`bench${i.toString(36).padStart(8, '0')}`, e.content, contentHash(e.content), e.category, encodeTags(e.tags), i % 97 === 0 ? 1 : 0, ...source, at, at);
    });
  })();
  console.log(`seeded ${N.toLocaleString('en')} entries (with FTS triggers) in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

  const { ownerHeaders } = await import('../test/session');
  const { callRoute } = await import('../test/session');
  const route = await import('../app/api/memory/route');
  const { fts5Match } = await import('../lib/memory/fts-query');
  const headers = await ownerHeaders();
  const queries = makeQueries(400);
  const LIMIT = 20;

  const bare = raw.prepare(
    `SELECT rowid, snippet(memory_fts, 0, char(2), char(3), '…', 24) AS marked FROM memory_fts WHERE memory_fts MATCH ? ORDER BY bm25(memory_fts, 10.0, 4.0, 2.0) LIMIT ${LIMIT}`,
  );
  const api = async (q: string) => {
    const res = await callRoute(route.GET, `/api/memory?q=${encodeURIComponent(q)}&limit=${LIMIT}`, { headers });
    if (res.status !== 200) throw new Error(`search failed: ${res.status} ${await res.text()}`);
    return (await res.json()) as { items: unknown[] };
  };
  for (const q of queries.slice(0, 30)) {
    await api(q);
    bare.all(fts5Match(q));
  }
  const apiTimes: number[] = [];
  const bareTimes: number[] = [];
  let hits = 0;
  for (const q of queries) {
    let t = performance.now();
    hits += (await api(q)).items.length;
    apiTimes.push(performance.now() - t);
    t = performance.now();
    bare.all(fts5Match(q));
    bareTimes.push(performance.now() - t);
  }
  const [a50, a95, b50, b95] = [percentile(apiTimes, 50), percentile(apiTimes, 95), percentile(bareTimes, 50), percentile(bareTimes, 95)];
  console.log(`\nsearch over ${N.toLocaleString('en')} entries, ${queries.length} queries (1-3 words, some half-typed), ${(hits / queries.length).toFixed(1)} results each on average`);
  console.log(`  API route handler   p50 ${ms(a50)}   p95 ${ms(a95)}   (target p95 < 20 ms)`);
  console.log(`  bare FTS5 query     p50 ${ms(b50)}   p95 ${ms(b95)}   (baseline, same database, same run)`);
  console.log(`  ratio API / bare    p50 ${(a50 / b50).toFixed(2)}x   p95 ${(a95 / b95).toFixed(2)}x   (target < 3x)`);

  const { scanDuplicates } = await import('../lib/memory/find-duplicates');
  const scanStart = performance.now();
  const pairs = await scanDuplicates();
  const scan = (performance.now() - scanStart) / 1000;
  console.log(`\nduplicate scan of ${N.toLocaleString('en')} entries: ${scan.toFixed(1)} s, ${pairs.length} near-duplicate pairs (target < 60 s)`);

  raw.close();
  const { disconnectDb } = await import('../lib/db/client');
  await disconnectDb();
  rmSync(dir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
