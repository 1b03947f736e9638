/**
 * What the benchmarks that run Buddy's processes share: a data folder with the environment pointing
 * at it, the launch arguments the launchers use, and the load line printed beside every figure.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';

/** The V8 flags every launcher gives the worker and the web process (why: workers/index.ts). */
export const V8_FLAGS = ['--max-semi-space-size=1', '--liftoff-only'];

/** `next start` of this checkout's production build, on loopback. */
export const nextStartArgs = (port: number) => [
  'node_modules/next/dist/bin/next',
  'start',
  '-p',
  String(port),
  '-H',
  '127.0.0.1',
];

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

export const loadLine = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} on ${availableParallelism()} CPUs`;
