import { type JobsOptions, Queue } from 'bullmq';
import { env } from '../env';
import { sharedRedis } from '../redis/connection';
import { JOBS, type JobName, type JobPayload, type QueueName } from './catalog';

const cache = globalThis as unknown as { buddyQueues?: Map<QueueName, Queue> };

/** Producer-side queue handle, one per queue per process, on the shared producer connection. */
export function getQueue(name: QueueName): Queue {
  cache.buddyQueues ??= new Map();
  let queue = cache.buddyQueues.get(name);
  if (!queue) {
    queue = new Queue(name, { connection: sharedRedis(), prefix: env().BUDDY_REDIS_PREFIX });
    cache.buddyQueues.set(name, queue);
  }
  return queue;
}

// Finished jobs are kept for a while for inspection, then trimmed so Redis does not grow forever.
export const RETENTION: Pick<JobsOptions, 'removeOnComplete' | 'removeOnFail'> = {
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
};

/** Validates the payload against the catalog and adds the job. */
export async function enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: JobsOptions = {}) {
  const definition = JOBS[name];
  const data = definition.schema.parse(payload);
  return getQueue(definition.queue).add(name, data, { ...RETENTION, ...options });
}

export async function closeQueues(): Promise<void> {
  const queues = [...(cache.buddyQueues?.values() ?? [])];
  cache.buddyQueues = undefined;
  await Promise.all(queues.map((q) => q.close()));
}
