import { env } from '../lib/env';
import { getQueue } from '../lib/queue/queues';

const HEARTBEAT = 'system.heartbeat';

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
}

export async function missingSystemSchedules(): Promise<string[]> {
  return (await getQueue('system').getJobScheduler(HEARTBEAT)) ? [] : [HEARTBEAT];
}
