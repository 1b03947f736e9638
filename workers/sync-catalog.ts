import { env } from '../lib/env';
import { CATALOG } from '../lib/jobs/catalog';
import { enqueueCatchUps } from '../lib/jobs/catch-up';
import { keepSchedules } from '../lib/jobs/keep-schedules';
import { sweepAbandonedRuns } from '../lib/jobs/sweep-abandoned-runs';
import { missingSchedules, syncSchedules } from '../lib/jobs/sync-schedules';
import { log } from '../lib/log';
import { getQueue } from '../lib/queue/queues';
import { sharedRedis } from '../lib/redis/connection';
import { missingSystemSchedules, syncSystemSchedules } from './schedules';

const SWEEP_EVERY_MS = 60_000;

/** Converges the schedulers (system and catalog) and enqueues run-once catch-ups; idempotent. */
async function resync(reason: string): Promise<void> {
  const queue = getQueue('jobs');
  await syncSystemSchedules();
  const { active, removed } = await syncSchedules(queue, CATALOG, env().BUDDY_TZ);
  const caughtUp = await enqueueCatchUps(queue, CATALOG, env().BUDDY_TZ);
  log.info('job catalog synced', { reason, active: active.length, removed, caughtUp, tz: env().BUDDY_TZ });
}

/**
 * On worker start: converge the schedulers on the catalog and enqueue run-once catch-ups; then keep
 * them in place while the worker runs (Redis restarted without its data, or flushed), and keep
 * closing runs whose worker died for good. Returns a stop function for shutdown.
 */
export async function syncCatalog(): Promise<{ stop: () => void }> {
  await resync('worker start');
  const keeper = keepSchedules({
    connection: sharedRedis(),
    everyMs: SWEEP_EVERY_MS,
    missing: async () => [...(await missingSystemSchedules()), ...(await missingSchedules(getQueue('jobs'), CATALOG))],
    resync,
  });
  const sweep = () =>
    void sweepAbandonedRuns(CATALOG, env().BUDDY_JOBS_LOCK_MS).catch((error: unknown) =>
      log.warn('sweep failed', { error }),
    );
  sweep();
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return {
    stop: () => {
      keeper.stop();
      clearInterval(timer);
    },
  };
}
