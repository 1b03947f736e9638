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
