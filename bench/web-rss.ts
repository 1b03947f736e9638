/**
 * npm run bench:web-rss — what the web process (`next start`, or with BENCH_WEB=standalone the
 * standalone server of the dashboard image) holds in memory as the owner walks the
 * morning pages (Today, Staging, Jobs, Memory) over the large dataset of bench:pages (issue #16).
 * Prints the process tree's resident memory after start, after each page (its render and every API
 * call its client makes), after a second walk and after 15 s and 90 s idle, each with what it consists
 * of: anonymous vs file-backed pages (/proc; of the latter, SQLite's mmap of the database) and V8 heap
 * vs external memory (process.memoryUsage, read by bench/web-rss-probe.cjs inside the server).
 * Run `npm run build` first.
 * BENCH_DATA_DIR=<dir> keeps the seeded database there and reuses it next time (seeding takes minutes).
 * BENCH_PROBE_SNAPSHOT=1 also writes a V8 heap snapshot at each step into that run's folder.
 * BENCH_WEB_NODE_OPTIONS adds Node options to the web process, to try a runtime setting;
 * BENCH_WEB_NODE_FLAGS replaces the launchers' V8 flags (bench-app.ts) with others ('' for none).
 * The Memory page's duplicates panel reads the stored findings of the worker's scan (its first visit
 * asks for a scan; the worker's own memory is bench:worker's and bench:memory-web's).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { dropBenchData, loadLine, pointAtBenchData, V8_FLAGS, webServerArgs } from './bench-app';
import { formatRss, mappedFileRssMb, treeRss } from './process-rss';

const port = Number(process.env.BENCH_PORT ?? 5198);
const base = `http://127.0.0.1:${port}`;
const PAGES = ['/today', '/staging', '/jobs', '/memory'];
const OWNER = { email: 'bench@buddy.test', password: 'bench password long' };
// Read twice: V8 returns the garbage of the walk only when its memory reducer runs, some tens of
// seconds after requests stop (measured: 313 MB after 30 s, 243 MB after 90 s).
const IDLE_STEPS_MS = [15_000, 90_000];
const keep = process.env.BENCH_DATA_DIR;
const runDir = mkdtempSync(path.join(tmpdir(), 'buddy-web-rss-run-'));
const { dataDir, dbFile } = pointAtBenchData('web-rss', keep);
const seededMark = path.join(dataDir, 'seeded');

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms)); // benchmark pauses, not test synchronisation

/** Applies the migrations (a kept database gets the ones added since it was seeded). */
function migrate(): void {
  mkdirSync(path.join(dataDir, 'workspace'), { recursive: true });
  const run = spawnSync(path.resolve('node_modules/.bin/tsx'), ['prisma/tools/migrate.ts', 'deploy'], {
    env: process.env,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`migration failed: ${run.stderr}`);
}

async function seed(): Promise<void> {
  const { env } = await import('../lib/env');
  const { createOwner } = await import('../lib/auth/owner');
  const { seedJobRuns, seedMemory, seedStaged } = await import('./pages-seed');
  await seedStaged();
  await seedJobRuns(env().BUDDY_TZ);
  await seedMemory(dbFile);
  await createOwner(OWNER);
  writeFileSync(seededMark, new Date().toISOString());
}

function start(command: string, args: string[], log: string, extraEnv: Record<string, string> = {}): ChildProcess {
  const out = openSync(path.join(runDir, `${log}.log`), 'a');
  return spawn(command, args, { env: { ...process.env, ...extraEnv }, stdio: ['ignore', out, out], detached: true });
}

async function waitForApp(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await pause(500); // polling a starting server
  }
  throw new Error(`the app did not start; see ${runDir}/web.log (run \`npm run build\` first)`);
}

/** Asks the probe inside the web process for process.memoryUsage() and waits for its answer. */
let probes = 0;
async function probe(pid: number): Promise<string> {
  probes += 1;
  const file = path.join(runDir, `usage-${probes}.json`);
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 600 && !existsSync(file); i++) await pause(100);
  const u = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
  const mb = (n: number | undefined) => ((n ?? 0) / 2 ** 20).toFixed(0);
  return `heap used ${mb(u.heapUsed)}/${mb(u.heapTotal)}, external ${mb(u.external)} (array buffers ${mb(u.arrayBuffers)})`;
}

/** Opens a page and waits until every API call its client started has answered (the live stream aside). */
async function visit(page: Page, url: string, calls: string[]): Promise<void> {
  let inflight = 0;
  const api = (u: string) => new URL(u).pathname.startsWith('/api/') && !u.includes('/api/events');
  const onRequest = (r: { url(): string }) => {
    if (!api(r.url())) return;
    inflight += 1;
    calls.push(r.url().slice(base.length));
  };
  const onDone = (r: { url(): string }) => {
    if (api(r.url())) inflight -= 1;
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  try {
    const res = await page.goto(base + url, { waitUntil: 'load' });
    if (!res?.ok()) throw new Error(`${url}: ${res?.status()}`);
    // Quiet for a second: queries that start after the first ones answer are counted too.
    for (let quiet = 0; quiet < 10; ) {
      await pause(100);
      quiet = inflight === 0 ? quiet + 1 : 0;
    }
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
  }
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build in .next: run `npm run build` first.');
  console.log(`web RSS benchmark, Node ${process.version}, ${loadLine()}; data in ${dataDir}, logs in ${runDir}`);
  migrate();
  if (!existsSync(seededMark)) {
    const t0 = performance.now();
    await seed();
    console.log(`seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  const { sessionCookie } = await import('../test/session');
  const token = (await sessionCookie(OWNER.email)).split('=').slice(1).join('=');

  if (spawnSync('npm', ['run', '-s', 'worker:build'], { stdio: 'inherit' }).status !== 0)
    throw new Error('worker build failed');
  const worker = start(process.execPath, [...V8_FLAGS, 'dist/worker.mjs'], 'worker');
  const nodeOptions = [`--require ${path.resolve('bench/web-rss-probe.cjs')}`, process.env.BENCH_WEB_NODE_OPTIONS ?? '']
    .join(' ')
    .trim();
  const web = start(
    process.execPath,
    [...(process.env.BENCH_WEB_NODE_FLAGS?.split(' ').filter(Boolean) ?? V8_FLAGS), ...webServerArgs(port)],
    'web',
    { NODE_OPTIONS: nodeOptions, BENCH_PROBE_DIR: runDir },
  );
  const webPid = web.pid ?? 0;
  const report = async (step: string, calls: string[] = []) => {
    const db = mappedFileRssMb(webPid, dbFile).toFixed(0);
    console.log(
      `${step.padEnd(16)} ${formatRss(treeRss(webPid)).padEnd(32)} db mmap ${db.padStart(3)}, ${await probe(webPid)}`,
    );
    if (calls.length) console.log(`${''.padEnd(16)} calls: ${calls.join(' ')}`);
  };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  try {
    await waitForApp();
    await pause(5_000);
    await report('after start');
    // One request so the server's lazily loaded code is in: the start figure without it is misleading.
    await fetch(`${base}/login`).then((r) => r.text());
    await report('after /login');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: 'next-auth.session-token', value: token, url: base }]);
    const page = await context.newPage();
    for (const round of [1, 2]) {
      for (const url of PAGES) {
        const calls: string[] = [];
        await visit(page, url, calls);
        await report(`${round === 1 ? '' : 'again '}${url}`, round === 1 ? calls : []);
      }
    }
    await context.close();
    let idled = 0;
    for (const ms of IDLE_STEPS_MS) {
      await pause(ms - idled);
      idled = ms;
      await report(`idle ${ms / 1000} s`);
    }
    console.log(`\n${loadLine()} at the end`);
  } finally {
    await browser.close();
    for (const child of [web, worker]) if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await dropBenchData(keep ? null : dataDir);
    if (process.env.BENCH_PROBE_SNAPSHOT !== '1') rmSync(runDir, { recursive: true, force: true });
  }
}

await main();
