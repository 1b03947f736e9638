import { z } from 'zod';

/**
 * What the jobs API answers, one schema per endpoint the agents' skills call: route() checks each
 * handler's return type against it and the OpenAPI document shows it. Dates are Date here and
 * date-time strings on the wire.
 */
const nullableText = z.string().nullable();

const jobSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  cron: z.string(),
  timezone: z.string(),
  schedule: z.string(),
  nextRunAt: nullableText,
  model: nullableText,
  defaultModel: nullableText,
  timeoutMs: z.number().int(),
  catchUp: z.string(),
  outputs: z.array(z.string()),
  enabled: z.boolean(),
  circuitState: z.string(),
  failureStreak: z.number().int(),
  failureThreshold: z.number().int(),
  lastError: nullableText,
  // The last runs, newest first.
  recent: z.array(
    z.object({ id: z.string(), status: z.string(), at: z.date(), error: nullableText, summary: nullableText }),
  ),
  lastRun: z
    .object({
      id: z.string(),
      status: z.string(),
      startedAt: z.date().nullable(),
      finishedAt: z.date().nullable(),
      summary: nullableText,
      error: nullableText,
    })
    .nullable(),
});

export const jobListReplySchema = z.object({ provider: nullableText, timezone: z.string(), jobs: z.array(jobSchema) });

export const runQueuedReplySchema = z.object({ runId: z.string(), status: z.literal('queued') });

export const jobRunsReplySchema = z.object({
  runs: z.array(
    z.object({
      id: z.string(),
      trigger: z.string(),
      status: z.string(),
      sessionId: z.string(),
      attempt: z.number().int(),
      model: nullableText,
      provider: nullableText,
      tokensIn: z.number().int(),
      tokensOut: z.number().int(),
      summary: nullableText,
      error: nullableText,
      startedAt: z.date().nullable(),
      finishedAt: z.date().nullable(),
      durationMs: z.number().int().nullable(),
      log: z.array(z.object({ at: z.string(), level: z.string(), message: z.string() })),
      staged: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string() })),
    }),
  ),
});

export const jobEnabledReplySchema = z.object({ id: z.string(), enabled: z.boolean() });

export const queueDepthsReplySchema = z.object({
  queues: z.array(
    z.object({
      queue: z.string(),
      waiting: z.number().int(),
      active: z.number().int(),
      delayed: z.number().int(),
      failed: z.number().int(),
      paused: z.boolean(),
    }),
  ),
});

export const circuitReplySchema = z.object({ id: z.string(), circuitState: z.enum(['closed', 'half-open']) });

export const settingsReplySchema = z.object({ id: z.string(), changed: z.array(z.string()) });

// The gateway's own cron jobs, whose circuit breakers its plugin reports here.
const gatewayCircuitFields = {
  jobId: z.string(),
  state: z.string(),
  consecutiveFailures: z.number().int(),
  threshold: z.number().int(),
  lastError: nullableText,
  changedAt: z.date(),
  cooldownEndsAt: z.date().nullable(),
  reports: z.number().int(),
};

export const gatewayJobsReplySchema = z.object({
  jobs: z.array(z.object({ ...gatewayCircuitFields, reportedAt: z.date() })),
});

export const gatewayCircuitReplySchema = z.object({
  // False when the report was older than the state already recorded.
  applied: z.boolean(),
  circuit: z.object({
    ...gatewayCircuitFields,
    source: z.string(),
    reportedBy: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
  }),
});

export const gatewayResetReplySchema = z.object({ jobId: z.string(), state: z.string() });

export const jobsAttentionReplySchema = z.object({ attention: z.number().int().nonnegative() });
