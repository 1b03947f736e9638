/**
 * The worker process: `npm run worker`. Runs BullMQ workers for every queue, keeps the recurring
 * schedules in place, and shuts down cleanly on SIGTERM/SIGINT/SIGHUP.
 *
 * Every launcher (package.json, scripts/up.sh, scripts/e2e-app.sh, docker/worker/Dockerfile*,
 * bench) starts it, and the web process too (docker/dashboard/Dockerfile*; bench:web-rss measured it:
 * 209 -> 164 MB after start), with two V8 flags, each measured by bench:worker (issue #16: under 150 MB RSS
 * at idle). V8 reads both when the process starts; they cannot be set from inside.
 * - `--liftoff-only`: Prisma's query compiler is WebAssembly; V8 otherwise recompiles its hot
 *   functions with TurboFan on background threads, and the compiler's freed memory stays resident
 *   in those threads' malloc arenas, about 50 MB of a client that has only connected. Baseline
 *   (Liftoff) code made no difference bench:jobs could tell from run to run (CPU per run 2.8-3.4 ms
 *   with the flag and without, under load).
 * - `--max-semi-space-size=1`: the young generation otherwise grows to 16 MB semi-spaces during
 *   start-up and keeps them resident while the worker waits, about 35 MB. Its jobs wait on models,
 *   Redis and SQLite rather than allocate, so a 1 MB young generation's more frequent scavenges cost little.
 */
import { ensureOwnerFromEnv } from '../lib/auth/owner';
import { disconnectDb, getDb } from '../lib/db/client';
import { log } from '../lib/log';
import { enqueue, closeQueues } from '../lib/queue/queues';
import { closeSharedRedis } from '../lib/redis/connection';
import { startSecrets } from '../lib/secrets/start-secrets';
import { workerId } from '../lib/heartbeats/record-heartbeat';
import { startWorkers } from './runtime';
import { syncCatalog } from './sync-catalog';

const SHUTDOWN_GRACE_MS = 25_000;

async function main() {
  await getDb();
  await ensureOwnerFromEnv();
  // SOPS secrets decrypted onto tmpfs for this process's lifetime; removed on every way out.
  await startSecrets({ exitOnSignals: false });
  const running = startWorkers();
  await Promise.all(running.workers.map((w) => w.waitUntilReady()));
  const catalog = await syncCatalog();
  await enqueue('system.heartbeat', { reason: 'startup' });
  log.info('worker started', { id: workerId() });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('worker stopping', { signal });
    catalog.stop();
    await running.close(SHUTDOWN_GRACE_MS);
    await closeQueues();
    await closeSharedRedis();
    await disconnectDb();
    log.info('worker stopped', { signal });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
}

main().catch((error: unknown) => {
  log.error('worker failed to start', { error });
  process.exit(1);
});
