import { env } from '../lib/env';
import { getQueue } from '../lib/queue/queues';

const HEARTBEAT = 'system.heartbeat';
const DUPLICATE_SCAN = 'memory.duplicate-scan';
/**
 * The safety net of the duplicate scan, which memory writes request themselves: nightly, before the
 * morning briefing, and a no-op when the stored scan is of the current memory.
 */
const DUPLICATE_SCAN_CRON = '20 5 * * *';

/**
 * Recurring system jobs. upsertJobScheduler is idempotent, so every worker start (and every extra
 * worker) converges on the same single schedule instead of adding another.
 */
export async function syncSystemSchedules(): Promise<void> {
  await getQueue('system').upsertJobScheduler(
    HEARTBEAT,
    { pattern: env().BUDDY_HEARTBEAT_EVERY, tz: env().BUDDY_TZ },
    { name: HEARTBEAT, data: { reason: 'schedule' }, opts: { removeOnComplete: 100, removeOnFail: 500 } },
  );
  await getQueue('system').upsertJobScheduler(
    DUPLICATE_SCAN,
    { pattern: DUPLICATE_SCAN_CRON, tz: env().BUDDY_TZ },
    { name: DUPLICATE_SCAN, data: { reason: 'schedule' }, opts: { removeOnComplete: 10, removeOnFail: 50 } },
  );
}

export async function missingSystemSchedules(): Promise<string[]> {
  const queue = getQueue('system');
  const missing: string[] = [];
  for (const name of [HEARTBEAT, DUPLICATE_SCAN]) if (!(await queue.getJobScheduler(name))) missing.push(name);
  return missing;
}
