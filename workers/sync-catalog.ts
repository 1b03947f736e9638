import { env } from '../lib/env';
import { CATALOG } from '../lib/jobs/catalog';
import { enqueueCatchUps } from '../lib/jobs/catch-up';
import { sweepAbandonedRuns } from '../lib/jobs/sweep-abandoned-runs';
import { syncSchedules } from '../lib/jobs/sync-schedules';
import { log } from '../lib/log';
import { getQueue } from '../lib/queue/queues';

const SWEEP_EVERY_MS = 60_000;

/**
 * On worker start: converge the job schedulers on the catalog, enqueue run-once catch-ups, and
 * keep closing runs whose worker died for good. Returns a stop function for shutdown.
 */
export async function syncCatalog(): Promise<{ stop: () => void }> {
  const queue = getQueue('jobs');
  const { active, removed } = await syncSchedules(queue, CATALOG, env().BUDDY_TZ);
  const caughtUp = await enqueueCatchUps(queue, CATALOG, env().BUDDY_TZ);
  log.info('job catalog synced', { active: active.length, removed, caughtUp, tz: env().BUDDY_TZ });
  const sweep = () => void sweepAbandonedRuns(CATALOG, env().BUDDY_JOBS_LOCK_MS).catch((error: unknown) => log.warn('sweep failed', { error }));
  sweep();
  const timer = setInterval(sweep, SWEEP_EVERY_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
