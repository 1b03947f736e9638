import { ServiceUnavailableError } from '../api/errors';
import { QUEUES } from './catalog';
import { getQueue } from './queues';

export type QueueDepth = {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  paused: boolean;
};

/**
 * How many jobs each BullMQ queue holds right now, for people and agents asking "is anything
 * stuck?". `delayed` includes the next run of every scheduled job; `failed` is within the retention
 * window (lib/queue/queues.ts RETENTION).
 */
export async function queueDepths(): Promise<{ queues: QueueDepth[] }> {
  try {
    const queues = await Promise.all(
      QUEUES.map(async (queue) => {
        const handle = getQueue(queue);
        const [c, paused] = await Promise.all([
          handle.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'),
          handle.isPaused(),
        ]);
        return {
          queue,
          waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
          active: c.active ?? 0,
          delayed: c.delayed ?? 0,
          failed: c.failed ?? 0,
          paused,
        };
      }),
    );
    return { queues };
  } catch (error) {
    throw new ServiceUnavailableError(
      `The job queue (Redis) is not reachable: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
