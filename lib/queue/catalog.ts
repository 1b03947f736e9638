import { z } from 'zod';

/**
 * Every job Buddy can enqueue: its name, its queue and the zod schema of its payload. Shared by the
 * web process (which enqueues) and the worker (which registers a handler per name in
 * workers/registry.ts); the payload is parsed on enqueue and again when processed.
 */
export const QUEUES = ['system', 'jobs'] as const;
export type QueueName = (typeof QUEUES)[number];

export const JOBS = {
  'system.heartbeat': {
    queue: 'system',
    schema: z.object({ reason: z.enum(['schedule', 'startup', 'manual']) }),
  },
} as const satisfies Record<string, { queue: QueueName; schema: z.ZodType }>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]['schema']>;
