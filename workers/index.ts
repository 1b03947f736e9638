/**
 * The worker process: `npm run worker`. Runs BullMQ workers for every queue, keeps the recurring
 * schedules in place, and shuts down cleanly on SIGTERM/SIGINT/SIGHUP.
 *
 * Every launcher (package.json, scripts/up.sh, scripts/e2e-app.sh, docker/worker/Dockerfile*,
 * bench) starts it with `node --max-semi-space-size=1`: V8's young generation otherwise grows to
 * 16 MB semi-spaces during start-up and keeps them resident while the worker waits, about 35 MB of
 * its idle RSS (issue #16, bench:worker). Its jobs wait on models, Redis and SQLite, not on
 * allocation, so the more frequent scavenges of a 1 MB young generation cost little. The flag
 * cannot be set from inside: V8 sizes the heap when the process starts.
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
