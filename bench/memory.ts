/**
 * npm run bench:memory — seeds 100,000 memory entries of realistic text into a fresh SQLite
 * database, then measures, in the same run:
 *  - search through the API: the exported GET handler of app/api/memory/route.ts called in-process
 *    with a Request carrying a real owner session cookie (session check, zod, the search use case
 *    through Prisma, views, JSON). No HTTP server and no Next.js routing are involved;
 *  - the baseline: the very same FTS5 statements the API runs (lib/memory/search-sqlite.ts), sent
 *    straight to a better-sqlite3 connection with the app's pragmas, so the ratio is the API's cost;
 *  - near-duplicates and contradictions: the route before any scan (it asks for one and answers at
 *    once), the whole-memory scan through the worker job's entry point, the route reading the stored
 *    findings, the route and the scan after one edit, and the composer's related-entries check.
 * A query matching more than NEWEST_FIRST_ABOVE entries is listed newest first (search-sqlite.ts);
 * a third row shows the same search with every query ranked by bm25, for comparison.
 * Env: BENCH_MEMORY_ENTRIES (default 100000), BENCH_MEMORY_QUERIES (default 400).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { dropBenchData } from './bench-app';
import { insertMemoryEntries } from './bench-rows';
import { makeCorpus, makeQueries } from './memory-corpus';

const N = Number(process.env.BENCH_MEMORY_ENTRIES ?? 100_000);
const QUERIES = Number(process.env.BENCH_MEMORY_QUERIES ?? 400);
const LIMIT = 20;
const dir = mkdtempSync(path.join(tmpdir(), 'buddy-bench-memory-'));
const file = path.join(dir, 'buddy.db');
process.env.BUDDY_DATA_DIR = dir;
process.env.DATABASE_URL = `file:${file}`;
process.env.BUDDY_REDIS_PREFIX = `bench:${randomBytes(4).toString('hex')}`;
process.env.BUDDY_LOG_LEVEL = 'error';

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number;
const fmt = (x: number) => x.toFixed(1).padStart(7);
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} on ${availableParallelism()} CPUs`;
const n = (x: number) => x.toLocaleString('en');

/** Wall time and this process's CPU time of one call. */
async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function seed(raw: Database.Database) {
  const corpus = makeCorpus(N);
  insertMemoryEntries(raw, corpus);
  return corpus.reduce((sum, e) => sum + e.content.length, 0) / corpus.length;
}

async function main() {
  console.log(`memory benchmark: ${n(N)} entries, SQLite, Node ${process.version}, ${load()} at start`);
  // Migrate in a child process, as deployments do; the schema engine keeps its connection otherwise.
  const migrate = spawnSync(path.resolve('node_modules/.bin/tsx'), ['prisma/tools/migrate.ts', 'deploy'], {
    env: process.env,
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`migration failed: ${migrate.stderr}`);

  const { SQLITE_PRAGMAS } = await import('../lib/db/sqlite-pragmas');
  const raw = new Database(file, { timeout: 10_000 });
  for (const pragma of SQLITE_PRAGMAS) raw.pragma(pragma);
  const seeding = await timed(() => seed(raw));
  console.log(
    `seeded ${n(N)} entries (FTS triggers included) in ${(seeding.wall / 1000).toFixed(1)} s; ${Math.round(seeding.value)} characters per entry on average`,
  );

  const { invokeRoute, ownerHeaders } = await import('../test/session');
  // The handler alone, as Next calls it: not the tests' check of each reply against its schema.
  const callRoute = async (...args: Parameters<typeof invokeRoute>) => (await invokeRoute(...args)).response;
  const searchRoute = await import('../app/api/memory/route');
  const duplicatesRoute = await import('../app/api/memory/duplicates/route');
  const { fts5Match } = await import('../lib/memory/fts-query');
  const { NEWEST_FIRST_ABOVE, searchSqlite } = await import('../lib/memory/search-sqlite');
  const { searchMemorySchema } = await import('../lib/memory/schemas');
  const headers = await ownerHeaders();
  const queries = makeQueries(QUERIES);
  const filters = searchMemorySchema.parse({ limit: LIMIT });

  const api = async (q: string, h: Record<string, string> = headers) => {
    const res = await callRoute(searchRoute.GET, `/api/memory?q=${encodeURIComponent(q)}&limit=${LIMIT}`, {
      headers: h,
    });
    if (res.status !== 200) throw new Error(`search failed: ${res.status} ${await res.text()}`);
    return (await res.json()) as { items: unknown[] };
  };
  const rawQuery = async (sql: string, values: unknown[]) =>
    raw.prepare(sql).all(...values) as Record<string, unknown>[];
  const bare = (q: string) => searchSqlite(rawQuery, fts5Match(q) as string, filters);
  // For comparison: the same search if every query were ranked by bm25, however many entries match.
  const bareAllRanked = (q: string) =>
    searchSqlite(rawQuery, fts5Match(q) as string, filters, Number.POSITIVE_INFINITY);
  const count = raw.prepare('SELECT count(*) AS n FROM memory_fts WHERE memory_fts MATCH ?');
  const matches = queries.map((q) => (count.get(fts5Match(q)) as { n: number }).n);

  for (const q of queries.slice(0, 30)) {
    await api(q);
    await bare(q);
  }
  // Interleaved, so a burst of load from elsewhere on the machine hits both sides alike.
  const apiRuns: { wall: number; cpu: number }[] = [];
  const bareRuns: { wall: number; cpu: number }[] = [];
  const allRankedRuns: { wall: number; cpu: number }[] = [];
  let hits = 0;
  for (const q of queries) {
    const a = await timed(() => api(q));
    hits += a.value.items.length;
    apiRuns.push(a);
    bareRuns.push(await timed(() => bare(q)));
    allRankedRuns.push(await timed(() => bareAllRanked(q)));
  }
  const stat = (runs: { wall: number; cpu: number }[], key: 'wall' | 'cpu', p: number) =>
    percentile(
      runs.map((r) => r[key]),
      p,
    );
  const [a50, a95, b50, b95] = [
    stat(apiRuns, 'wall', 50),
    stat(apiRuns, 'wall', 95),
    stat(bareRuns, 'wall', 50),
    stat(bareRuns, 'wall', 95),
  ];
  console.log(
    `\nsearch: ${n(queries.length)} queries of 1-3 words (a quarter half-typed), page of ${LIMIT}; ${(hits / queries.length).toFixed(1)} results each on average;` +
      ` matches per query p50 ${n(percentile(matches, 50))}, p95 ${n(percentile(matches, 95))}, max ${n(Math.max(...matches))};` +
      ` ${matches.filter((m) => m > NEWEST_FIRST_ABOVE).length} queries matched more than ${n(NEWEST_FIRST_ABOVE)} entries and were listed newest first, the others ranked by bm25`,
  );
  console.log(`${''.padEnd(62)}   wall p50  wall p95   cpu p50   cpu p95   target`);
  const row = (label: string, runs: { wall: number; cpu: number }[], target: string) =>
    console.log(
      `  ${label.padEnd(60)}${fmt(stat(runs, 'wall', 50))} ms${fmt(stat(runs, 'wall', 95))} ms${fmt(stat(runs, 'cpu', 50))} ms${fmt(stat(runs, 'cpu', 95))} ms   ${target}`,
    );
  row('API: GET /api/memory, route handler called in-process', apiRuns, 'p95 < 20 ms');
  row('bare: the same FTS5 statements on better-sqlite3 (baseline)', bareRuns, '');
  console.log(`  ratio API / bare: p50 ${(a50 / b50).toFixed(2)}x, p95 ${(a95 / b95).toFixed(2)}x (target < 3x)`);
  row('for comparison, bare with every query ranked by bm25', allRankedRuns, '(what newest-first saves)');
  console.log(
    "  (wall = elapsed time, what a caller waits; cpu = this process's CPU time for the call, which other load on the machine inflates less)",
  );

  // The same search as an agent: a bearer grant, whose every use is checked and audited.
  const { issueGrant } = await import('../lib/governance/grants/issue-grant');
  const { token } = await issueGrant(
    { subjectKind: 'agent', subject: 'bench-agent', scopes: ['memory:read'], resources: [] },
    'owner:owner@example.com',
  );
  const agentRuns: { wall: number; cpu: number }[] = [];
  for (const q of queries.slice(0, 100))
    agentRuns.push(await timed(() => api(q, { authorization: `Bearer ${token}` })));
  row('API as an agent (bearer grant; each call audited), 100 queries', agentRuns, '(no target)');

  // Near-duplicates and contradictions: a worker job scans the whole memory and stores the findings;
  // the route reads them. The scan is timed through the job's own entry point (scanIfStale).
  const duplicates = async () => {
    const res = await callRoute(duplicatesRoute.GET, '/api/memory/duplicates?limit=50', { headers });
    if (res.status !== 200) throw new Error(`duplicates failed: ${res.status}`);
    return (await res.json()) as { pairs: { kind: string }[]; scanning: boolean };
  };
  const relatedRoute = await import('../app/api/memory/related/route');
  const related = async (content: string) => {
    const res = await callRoute(relatedRoute.POST, '/api/memory/related', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ content }),
    });
    if (res.status !== 200) throw new Error(`related failed: ${res.status}`);
    return ((await res.json()) as { related: unknown[] }).related;
  };
  const { scanIfStale } = await import('../lib/memory/duplicate-scan/run-duplicate-scan');
  const mb = () => (process.memoryUsage().rss / 2 ** 20).toFixed(0);
  console.log(`\nnear-duplicates and contradictions (a worker job scans, the route reads the stored findings):`);
  const before = await timed(() => duplicates());
  console.log(
    `  GET /api/memory/duplicates before any scan: ${fmt(before.wall)} ms wall, ${fmt(before.cpu)} ms cpu; scanning: ${before.value.scanning}, ${before.value.pairs.length} pairs (it asks for a scan and answers at once)`,
  );
  const rssBefore = mb();
  const scan = await timed(() => scanIfStale());
  const summary = scan.value as { entries?: number; findings?: number };
  console.log(
    `  the scan job (scanIfStale, the worker's code path), first in the process: ${fmt(scan.wall)} ms wall, ${fmt(scan.cpu)} ms cpu; ` +
      `${n(summary.entries ?? 0)} entries, ${n(summary.findings ?? 0)} findings stored; rss of this process ${rssBefore} -> ${mb()} MB (the worker runs it in a child process that exits)`,
  );
  const cold = await timed(() => duplicates());
  console.log(
    `  GET /api/memory/duplicates, first read of the stored findings: ${fmt(cold.wall)} ms wall, ${fmt(cold.cpu)} ms cpu; ` +
      `${cold.value.pairs.filter((p) => p.kind === 'duplicate').length} duplicates + ${cold.value.pairs.filter((p) => p.kind === 'contradiction').length} contradictions on the first page (target < 1,000 ms)`,
  );
  const reads: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 10; i++) reads.push(await timed(() => duplicates()));
  row('GET /api/memory/duplicates, again (reads the stored scan)', reads, 'p95 < 100 ms');
  const { updateMemoryEntry } = await import('../lib/memory/update-memory-entry');
  await updateMemoryEntry(
    `bench${Math.floor(N / 2)
      .toString(36)
      .padStart(8, '0')}`,
    { version: 1, content: `${makeCorpus(1, 99)[0]?.content} (edited)` },
    'owner:owner@example.com',
  );
  const afterEdit = await timed(() => duplicates());
  const rescan = await timed(() => scanIfStale());
  console.log(
    `  after one edit: the route ${fmt(afterEdit.wall)} ms wall (scanning: ${afterEdit.value.scanning}, the last findings still listed); the scan job again ${fmt(rescan.wall)} ms wall, ${fmt(rescan.cpu)} ms cpu`,
  );
  const probes: { wall: number; cpu: number }[] = [];
  for (const text of makeCorpus(20, 7).map((e) => e.content)) probes.push(await timed(() => related(text)));
  row('POST /api/memory/related (the composer warning: full-text candidates), 20 texts', probes, 'p95 < 300 ms');

  console.log(`\n${load()} at the end`);
  raw.close();
  // The scans the writes and the stale reads asked for, under this run's own Redis prefix.
  const { closeQueues } = await import('../lib/queue/queues');
  await closeQueues();
  await dropBenchData(dir); // the database and Redis connections, the run's keys, the folder
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
