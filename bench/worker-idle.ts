/**
 * npm run bench:worker — the idle worker's memory (issue #16: under 150 MB RSS). Builds the worker
 * as `npm run worker` does, starts it SAMPLES times (default 3) against a fresh migrated SQLite file
 * (BENCH_WORKER_LARGE=1: the large dataset of bench:pages), waits IDLE_MS, and prints per start
 * the VmRSS bench:pages reads, then what it consists of after a forced GC: V8 heap used/total,
 * external (array buffers, WebAssembly memory), file-backed pages (the Node binary) and the number
 * of CommonJS modules loaded. The median VmRSS is the figure beside the target.
 * BENCH_WORKER_FLAGS replaces the launchers' node flags (to try one out; '' for none).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { dropBenchData, loadLine, pointAtBenchData, V8_FLAGS } from './bench-app';

// The flags every launcher starts the worker with (workers/index.ts says why).
const FLAGS = process.env.BENCH_WORKER_FLAGS?.split(' ').filter(Boolean) ?? V8_FLAGS;
const SAMPLES = Number(process.env.SAMPLES ?? 3);
const IDLE_MS = Number(process.env.IDLE_MS ?? 15_000);
const TARGET_MB = 150;

const { dataDir, dbFile } = pointAtBenchData('worker');

// Preloaded into the worker: on SIGUSR2 it collects garbage and writes what the process holds.
const PROBE = `
import Module from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
process.on('SIGUSR2', () => {
  globalThis.gc();
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (k) => Number(new RegExp(k + ':\\\\s+(\\\\d+)').exec(status)?.[1] ?? 0);
  writeFileSync(process.env.PROBE_OUT, JSON.stringify({
    memory: process.memoryUsage(), rssAnonKb: kb('RssAnon'), rssFileKb: kb('RssFile'),
    cjsModules: Object.keys(Module._cache).length,
  }));
});`;

type Probe = { memory: NodeJS.MemoryUsage; rssAnonKb: number; rssFileKb: number; cjsModules: number };

const mb = (bytes: number) => (bytes / 1048576).toFixed(0).padStart(4);
const vmRssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms)); // idle time, not synchronisation

async function sample(index: number): Promise<number> {
  const probeOut = path.join(dataDir, `probe-${index}.json`);
  const out = openSync(path.join(dataDir, 'worker.log'), 'a');
  const args = [...FLAGS, '--expose-gc', '--import', `data:text/javascript,${encodeURIComponent(PROBE)}`];
  const child: ChildProcess = spawn(process.execPath, [...args, 'dist/worker.mjs'], {
    env: { ...process.env, PROBE_OUT: probeOut },
    stdio: ['ignore', out, out],
  });
  const exited = once(child, 'exit');
  try {
    await pause(IDLE_MS);
    if (child.exitCode !== null) throw new Error(`the worker exited; see ${dataDir}/worker.log`);
    const rssKb = vmRssKb(child.pid as number);
    child.kill('SIGUSR2');
    for (let i = 0; i < 50 && !readable(probeOut); i++) await pause(100); // polling a file another process writes
    const p = JSON.parse(readFileSync(probeOut, 'utf8')) as Probe;
    const m = p.memory;
    console.log(
      `start ${index + 1}: VmRSS ${mb(rssKb * 1024)} MB | after GC: rss ${mb(m.rss)}, heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)}, external ${mb(m.external)}, anonymous ${mb(p.rssAnonKb * 1024)}, file-backed ${mb(p.rssFileKb * 1024)} MB; ${p.cjsModules} CommonJS modules`,
    );
    return rssKb / 1024;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

function readable(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').length > 0;
  } catch {
    return false;
  }
}

async function main() {
  const migrate = spawnSync(path.resolve('node_modules/.bin/tsx'), ['prisma/tools/migrate.ts', 'deploy'], {
    env: process.env,
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`migration failed: ${migrate.stderr}`);
  if (process.env.BENCH_WORKER_LARGE === '1') {
    const { env } = await import('../lib/env');
    const { seedJobRuns, seedMemory, seedStaged } = await import('./pages-seed');
    await seedStaged();
    await seedJobRuns(env().BUDDY_TZ);
    await seedMemory(dbFile);
    const { disconnectDb } = await import('../lib/db/client');
    await disconnectDb();
  }
  if (spawnSync('npm', ['run', '-s', 'worker:build'], { stdio: 'inherit' }).status !== 0)
    throw new Error('worker build failed');
  console.log(
    `worker idle ${IDLE_MS / 1000} s, node ${FLAGS.join(' ') || '(no flags)'}, ${process.env.BENCH_WORKER_LARGE === '1' ? 'large' : 'empty'} SQLite database`,
  );
  const rss: number[] = [];
  for (let i = 0; i < SAMPLES; i++) rss.push(await sample(i));
  const median = [...rss].sort((a, b) => a - b)[Math.floor(rss.length / 2)] ?? NaN;
  console.log(
    `idle RSS worker (median of ${SAMPLES})`.padEnd(50),
    `${median.toFixed(0)} MB`.padStart(10),
    ` target < ${TARGET_MB} MB ${median < TARGET_MB ? 'ok' : 'MISSED'}`,
  );
  console.log(loadLine());
}

try {
  await main();
} finally {
  await dropBenchData(dataDir);
}
