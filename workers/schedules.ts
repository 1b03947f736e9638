import { env } from '../lib/env';
import { getQueue } from '../lib/queue/queues';

/**
 * Recurring system jobs. upsertJobScheduler is idempotent, so every worker start (and every extra
 * worker) converges on the same single schedule instead of adding another.
 */
export async function syncSystemSchedules(): Promise<void> {
  await getQueue('system').upsertJobScheduler(
    'system.heartbeat',
    { pattern: env().BUDDY_HEARTBEAT_EVERY, tz: env().BUDDY_TZ },
    { name: 'system.heartbeat', data: { reason: 'schedule' }, opts: { removeOnComplete: 100, removeOnFail: 500 } },
  );
}
