import { z } from 'zod';

/** What GET /api/drift answers (getCurrentDrift): route() checks the handler against it and the OpenAPI document shows it. */
export const currentDriftReplySchema = z.object({
  latestCheck: z
    .object({
      id: z.string(),
      createdAt: z.string(),
      trigger: z.string(),
      outcome: z.string(),
      reason: z.string(),
      itemCount: z.number().int(),
      ignoredCount: z.number().int(),
      documentVersion: z.string().nullable(),
    })
    .nullable(),
  summary: z.object({
    open: z.number().int(),
    ignored: z.number().int(),
    high: z.number().int(),
    medium: z.number().int(),
    low: z.number().int(),
  }),
  // Open drift by resource; `declared` and `actual` are whatever the architecture document and reality hold.
  groups: z.array(
    z.object({
      resource: z.string(),
      items: z.array(
        z.object({
          id: z.string(),
          resource: z.string(),
          fieldPath: z.string(),
          kind: z.string(),
          severity: z.string(),
          declared: z.unknown(),
          actual: z.unknown(),
          message: z.string().nullable(),
          line: z.number().int().nullable(),
          ignored: z.boolean(),
          firstSeen: z.string(),
          lastSeen: z.string(),
          report: z.object({ stagedItemId: z.string(), status: z.string() }).nullable(),
        }),
      ),
    }),
  ),
});

/** What POST /api/drift/check answers (runDriftCheck). */
export const driftCheckReplySchema = z.object({
  outcome: z.enum(['no-drift', 'already-reported', 'staged']),
  itemCount: z.number().int(),
  stagedItemId: z.string().optional(),
  reason: z.string(),
  checkId: z.string(),
});

/** What GET /api/drift/history answers: the checks and the reports they staged, newest first. */
export const driftHistoryReplySchema = z.object({
  checks: z.array(
    z.object({
      id: z.string(),
      createdAt: z.string(),
      trigger: z.string(),
      runId: z.string().nullable(),
      outcome: z.string(),
      reason: z.string(),
      itemCount: z.number().int(),
      ignoredCount: z.number().int(),
      documentVersion: z.string().nullable(),
      reportId: z.string().nullable(),
    }),
  ),
  reports: z.array(
    z.object({
      id: z.string(),
      stagedItemId: z.string(),
      createdAt: z.string(),
      status: z.string(),
      fingerprints: z.number().int(),
      changeItemId: z.string().nullable(),
      changeStatus: z.string().nullable(),
      decidedAt: z.string().nullable(),
    }),
  ),
});

/** What GET /api/drift/ignore answers: the ignore file's rules and how many open items each hides. */
export const ignoreRulesReplySchema = z.object({
  file: z.string(),
  rules: z.array(
    z.object({
      line: z.number().int(),
      text: z.string(),
      negate: z.boolean(),
      matches: z.number().int(),
      unused: z.boolean(),
    }),
  ),
});

/** What POST /api/drift/reports/{id}/decision answers; an approval names the change item it staged. */
export const driftDecisionReplySchema = z.union([
  z.object({ status: z.literal('rejected') }),
  z.object({ status: z.enum(['approved', 'promoted', 'conflict']), changeItemId: z.string().nullable() }),
]);
