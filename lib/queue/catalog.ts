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
  // The whole-memory duplicate scan (lib/memory/duplicate-scan): housekeeping, no model, no job run.
  'memory.duplicate-scan': {
    queue: 'system',
    schema: z.object({ reason: z.enum(['changed', 'stale', 'schedule']) }),
  },
  // A run of a catalog job (lib/jobs/catalog.ts); the slot is the scheduler's time, a catch-up time or a manual run id.
  'jobs.run': {
    queue: 'jobs',
    schema: z.object({
      jobId: z.string().regex(/^[a-z0-9-]+$/),
      trigger: z.enum(['schedule', 'catch-up', 'manual']),
      runId: z.string().max(100).optional(),
      slotMs: z.number().int().optional(),
    }),
  },
} as const satisfies Record<string, { queue: QueueName; schema: z.ZodType }>;

export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]['schema']>;
