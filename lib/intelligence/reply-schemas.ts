import { z } from 'zod';

/**
 * What the intelligence API answers (Prometheus models, Cassandra predictions, Sentinel news): route()
 * checks each handler's return type against it and the OpenAPI document shows it. Dates are Date here
 * and date-time strings on the wire.
 */
const nullableText = z.string().nullable();

/** The plain acknowledgement of an action that has nothing else to say. */
export const okReplySchema = z.object({ ok: z.boolean() });

// Prometheus: tracked models and their changes.
export const modelsReplySchema = z.object({
  models: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      provider: z.string(),
      source: z.string(),
      modelId: z.string(),
      family: nullableText,
      capabilities: z.array(z.string()),
      // Prices per million tokens, as decimal strings.
      inputPerMTok: nullableText,
      outputPerMTok: nullableText,
      contextWindow: z.number().int().nullable(),
      maxOutputTokens: z.number().int().nullable(),
      deprecatedAt: nullableText,
      missingCount: z.number().int(),
      removedAt: z.date().nullable(),
      firstSeenAt: z.date(),
      updatedAt: z.date(),
    }),
  ),
  snapshots: z.array(
    z.object({
      id: z.string(),
      status: z.string(),
      source: z.string(),
      error: nullableText,
      fetchedAt: z.date(),
      modelCount: z.number().int(),
      asOf: z.date().nullable(),
    }),
  ),
});

export const modelChangesReplySchema = z.object({
  changes: z.array(
    z.object({
      id: z.string(),
      at: z.date(),
      kind: z.string(),
      provider: z.string(),
      source: z.string(),
      snapshotId: z.string(),
      modelId: z.string(),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});

export const snapshotOutcomeReplySchema = z.object({
  status: z.enum(['ok', 'partial', 'unchanged']),
  snapshotId: z.string().optional(),
  changes: z.number().int(),
});

// Cassandra: predictions. `tags` of a single prediction is the column as stored (a JSON array in a string).
export const predictionReplySchema = z.object({
  id: z.string(),
  statement: z.string(),
  probability: z.number(),
  deadline: z.date(),
  tags: z.array(z.string()),
  status: z.string(),
  source: nullableText,
  outcome: nullableText,
  resolvedAt: z.date().nullable(),
  resolutionNote: nullableText,
  createdAt: z.date(),
  updatedAt: z.date(),
});

export const predictionsReplySchema = z.object({
  predictions: z.array(
    predictionReplySchema.extend({
      state: z.string(),
      updates: z.array(z.object({ at: z.date(), reason: z.string(), source: nullableText, probability: z.number() })),
      resolutions: z.array(
        z.object({ id: z.string(), at: z.date(), note: nullableText, outcome: z.string(), predictionId: z.string() }),
      ),
    }),
  ),
  scores: z.object({
    count: z.number().int(),
    brier: z.number().nullable(),
    logScore: z.number().nullable(),
    brierSkill: z.number().nullable(),
  }),
  calibration: z.array(
    z.object({
      from: z.number(),
      to: z.number(),
      count: z.number().int(),
      yes: z.number().int(),
      meanForecast: z.number().nullable(),
      observed: z.number().nullable(),
      interval: z.object({ low: z.number(), high: z.number() }).nullable(),
    }),
  ),
  tags: z.array(z.string()),
  overdue: z.number().int(),
});

// Sentinel: feeds, stories, filter rules and daily digests.
export const feedSchema = z.object({
  id: z.string(),
  url: z.string(),
  title: nullableText,
  intervalSeconds: z.number().int(),
  nextFetchAt: z.date(),
  etag: nullableText,
  lastModified: nullableText,
  lastFetchedAt: z.date().nullable(),
  lastStatus: nullableText,
  lastError: nullableText,
  parseFailures: z.number().int(),
  backoffLevel: z.number().int(),
  disabledAt: z.date().nullable(),
  disabledReason: nullableText,
  createdAt: z.date(),
});

export const feedsReplySchema = z.object({ feeds: z.array(feedSchema.extend({ itemCount: z.number().int() })) });

export const pollReplySchema = z.object({
  status: z.enum(['ok', 'not-modified', 'http-error', 'fetch-error', 'parse-error']),
  created: z.number().int().optional(),
  updated: z.number().int().optional(),
  error: z.string().optional(),
});

export const storiesReplySchema = z.object({
  stories: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      summary: z.string(),
      triage: z.string(),
      firstSeenAt: z.date(),
      sources: z.array(
        z.object({
          feedId: z.string(),
          feed: z.string(),
          url: nullableText,
          author: nullableText,
          publishedAt: z.date(),
        }),
      ),
    }),
  ),
  perSource: z.array(z.object({ feedId: z.string(), source: z.string(), items: z.number().int() })),
});

export const ruleSchema = z.object({
  id: z.string(),
  field: z.string(),
  pattern: z.string(),
  action: z.string(),
  createdAt: z.date(),
});

export const rulesReplySchema = z.object({ rules: z.array(ruleSchema) });

const digestEntrySchema = z.object({
  storyId: z.string(),
  title: z.string(),
  url: nullableText,
  sources: z.array(z.string()),
  score: z.number(),
});

export const digestBuiltReplySchema = z.object({ day: z.string(), entries: z.array(digestEntrySchema) });

export const digestsReplySchema = z.object({
  // Today's digest as the briefing sees it: missing, stale (an older day's) or fresh.
  latest: z.union([
    z.object({ state: z.literal('missing'), message: z.string() }),
    z.object({ state: z.literal('stale'), day: z.string(), message: z.string(), headlines: z.array(z.string()) }),
    z.object({
      state: z.literal('fresh'),
      day: z.string(),
      headlines: z.array(z.string()),
      entries: z.array(digestEntrySchema),
    }),
  ]),
  digests: z.array(digestBuiltReplySchema.extend({ id: z.string(), createdAt: z.date() })),
});
