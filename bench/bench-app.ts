/**
 * What the benchmarks that run Buddy's processes share: a data folder with the environment pointing
 * at it, the launch arguments the launchers use, and the load line printed beside every figure.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';

/** The V8 flags every launcher gives the worker and the web process (why: workers/index.ts). */
export const V8_FLAGS = ['--max-semi-space-size=1', '--liftoff-only'];

/** `next start` of this checkout's production build on loopback, launched as `npm run up` launches it. */
export const nextStartArgs = (port: number) => ['scripts/start-web.mjs', '-p', String(port), '-H', '127.0.0.1'];

/**
 * The web server a benchmark starts: `next start` of this checkout's build (what `npm run up` runs),
 * or with BENCH_WEB=standalone the standalone server the dashboard image runs (build it with
 * `BUDDY_STANDALONE=1 npm run build`), whose memory is the production figure.
 */
export const webServerName = () => (process.env.BENCH_WEB === 'standalone' ? 'standalone server' : 'next start');

export function webServerArgs(port: number): string[] {
  if (process.env.BENCH_WEB !== 'standalone') return nextStartArgs(port);
  if (!existsSync('.next/standalone/server.js'))
    throw new Error('No standalone build: run `BUDDY_STANDALONE=1 npm run build` first.');
  // As the image lays it out (docker/dashboard/Dockerfile): the browser's files beside the server.
  cpSync('.next/static', '.next/standalone/.next/static', { recursive: true });
  // The standalone server takes its address from the environment, which the children inherit.
  Object.assign(process.env, { PORT: String(port), HOSTNAME: '127.0.0.1' });
  return ['.next/standalone/server.js'];
}

/**
 * Points this process and the processes it starts at a fresh SQLite file under /tmp (or at `dir`,
 * to reuse one), with a Redis prefix of their own and no model provider.
 */
export function pointAtBenchData(prefix: string, dir?: string): { dataDir: string; dbFile: string } {
  const dataDir = dir ?? mkdtempSync(path.join(tmpdir(), `buddy-bench-${prefix}-`));
  const dbFile = path.join(dataDir, 'buddy.db');
  Object.assign(process.env, {
    BUDDY_DATA_DIR: dataDir,
    BUDDY_WORKSPACE: path.join(dataDir, 'workspace'),
    DATABASE_URL: `file:${dbFile}`,
    BUDDY_REDIS_PREFIX: `bench:${randomBytes(4).toString('hex')}`,
    BUDDY_LOG_LEVEL: 'error',
    BUDDY_AI_PROVIDER: 'none',
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH_TRUST_HOST: 'true',
  });
  return { dataDir, dbFile };
}

/**
 * Undoes pointAtBenchData when a benchmark ends: closes this process's database and Redis
 * connections, deletes the run's keys under its Redis prefix and the data folder (null keeps it).
 */
export async function dropBenchData(dataDir: string | null): Promise<void> {
  const { disconnectDb } = await import('../lib/db/client');
  const { closeSharedRedis, createRedis } = await import('../lib/redis/connection');
  await disconnectDb();
  await closeSharedRedis();
  const redis = createRedis('producer');
  const keys = await redis.keys(`${process.env.BUDDY_REDIS_PREFIX}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

export const loadLine = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} on ${availableParallelism()} CPUs`;
