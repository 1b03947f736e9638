/**
 * npm run bench:memory-web — the web and worker processes' memory with 100,000 memory entries (issue
 * #16: web idle under 200 MB, worker idle under 150 MB). Seeds a fresh SQLite file, starts the built
 * app (`next start`; run `npm run build` first) and a worker on BENCH_PORT (default 5198), then, as
 * the owner, asks for the Memory page's duplicates and the composer's related check, and prints the
 * resident memory (VmRSS, each process with its children) at start, after each call, and once the
 * worker's duplicate scan has finished.
 * BENCH_APP_DIR measures another checkout's build and worker (e.g. an export of the commit before),
 * with this checkout's seeding.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { makeCorpus } from './memory-corpus';
import { seedMemory } from './pages-seed';
import { dropBenchData, loadLine, pointAtBenchData, V8_FLAGS, webServerArgs } from './bench-app';
import { formatRss, treeRss } from './process-rss';

const port = Number(process.env.BENCH_PORT ?? 5198);
const base = `http://127.0.0.1:${port}`;
const appDir = path.resolve(process.env.BENCH_APP_DIR ?? '.');
const OWNER = { email: 'bench@buddy.test', password: 'bench password long' };
const { dataDir, dbFile } = pointAtBenchData('memory-web');
// A benchmark's pause (a starting server, a scan in another process), never test synchronisation.
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function start(args: string[], log: string): ChildProcess {
  const out = openSync(path.join(dataDir, `${log}.log`), 'a');
  return spawn(process.execPath, args, { cwd: appDir, env: process.env, stdio: ['ignore', out, out], detached: true });
}

async function main() {
  if (!existsSync(path.join(appDir, '.next/BUILD_ID'))) throw new Error(`No production build in ${appDir}/.next.`);
  if (
    await fetch(`${base}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`Port ${port} already answers: set BENCH_PORT to a free port.`);
  console.log(`memory-web benchmark (${appDir}), Node ${process.version}, ${loadLine()} at start`);
  mkdirSync(path.join(dataDir, 'workspace'), { recursive: true });
  const tsx = path.join(appDir, 'node_modules/.bin/tsx');
  const migrate = spawnSync(tsx, ['prisma/tools/migrate.ts', 'deploy'], { cwd: appDir, encoding: 'utf8' });
  if (migrate.status !== 0) throw new Error(`migration failed: ${migrate.stderr}`);
  await seedMemory(dbFile);
  const { createOwner } = await import('../lib/auth/owner');
  const { sessionCookie } = await import('../test/session');
  await createOwner(OWNER);
  const headers = { cookie: await sessionCookie(OWNER.email), origin: base, 'content-type': 'application/json' };
  if (spawnSync('npm', ['run', '-s', 'worker:build'], { cwd: appDir, stdio: 'inherit' }).status !== 0)
    throw new Error('worker build failed');
  const worker = start([...V8_FLAGS, 'dist/worker.mjs'], 'worker');
  const web = start([...V8_FLAGS, ...webServerArgs(port)], 'web');
  const figure = (pid: number) => formatRss(treeRss(pid)).padStart(5);
  const rss = (what: string) =>
    console.log(`  ${what.padEnd(50)} web ${figure(web.pid as number)}   worker ${figure(worker.pid as number)}`);
  try {
    for (
      let i = 0;
      !(await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    ) {
      if (i > 240) throw new Error('the app did not start');
      await pause(500);
    }
    await pause(5_000);
    rss('started, idle');
    const duplicates = async () => {
      const t0 = performance.now();
      const res = await fetch(`${base}/api/memory/duplicates?limit=20`, { headers });
      if (!res.ok) throw new Error(`duplicates: ${res.status}`);
      const body = (await res.json()) as { pairs: unknown[]; scanning?: boolean };
      return { ms: performance.now() - t0, pairs: body.pairs.length, scanning: body.scanning };
    };
    const first = await duplicates();
    console.log(
      `  GET /api/memory/duplicates, first: ${first.ms.toFixed(0)} ms, ${first.pairs} pairs, scanning ${first.scanning}`,
    );
    rss('after the first duplicates call');
    const t0 = performance.now();
    let current = first;
    while (current.scanning) {
      if (performance.now() - t0 > 600_000) throw new Error('no scan finished within 10 minutes');
      await pause(1_000);
      current = await duplicates();
    }
    if (first.scanning)
      console.log(
        `  the worker's scan answered within ${((performance.now() - t0) / 1000).toFixed(1)} s (polled every second); then ${current.pairs} pairs in ${current.ms.toFixed(0)} ms`,
      );
    rss('after the scan (findings read from the table)');
    const times: number[] = [];
    for (const { content } of makeCorpus(20, 7)) {
      const t = performance.now();
      const res = await fetch(`${base}/api/memory/related`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ content }),
      });
      if (!res.ok) throw new Error(`related: ${res.status} ${await res.text()}`);
      await res.json();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      `  POST /api/memory/related, 20 texts: p50 ${times[10]?.toFixed(0)} ms, max ${times[19]?.toFixed(0)} ms`,
    );
    rss('after 20 related checks');
    await pause(15_000);
    rss('15 s later, idle');
    console.log(`${loadLine()} at the end`);
  } finally {
    for (const child of [web, worker]) if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await dropBenchData(dataDir);
  }
}

await main();
