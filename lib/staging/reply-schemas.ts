import { z } from 'zod';

/**
 * What the staging API answers, one schema per endpoint: route() checks each handler's return type
 * against it and the OpenAPI document (lib/api/openapi.json) shows it. Dates are Date here and
 * date-time strings on the wire.
 */
const nullableText = z.string().nullable();

export const stagedSummarySchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  summary: z.string(),
  status: z.string(),
  sourceJob: nullableText,
  sourceRunId: nullableText,
  createdBy: z.string(),
  createdAt: z.date(),
  decidedAt: z.date().nullable(),
  decidedBy: nullableText,
  decisionNote: nullableText,
  archivedAt: z.date().nullable(),
  fileCount: z.number().int(),
});

export const stagedListReplySchema = z.object({
  items: z.array(stagedSummarySchema),
  // Pass it back as `cursor` for the next, older page; null on the last page.
  nextCursor: nullableText,
});

export const stagedCreatedReplySchema = stagedSummarySchema.pick({
  id: true,
  kind: true,
  title: true,
  status: true,
  createdAt: true,
});

export const approveReplySchema = z.object({
  id: z.string(),
  status: z.enum(['approved', 'promoted', 'conflict']),
  reason: z.string().optional(),
  written: z.array(z.string()),
});

export const rejectReplySchema = z.object({ id: z.string(), status: z.literal('rejected'), reason: z.string() });

export const bulkReplySchema = z.object({
  results: z.array(
    z.object({ id: z.string(), ok: z.boolean(), status: z.string().optional(), error: z.string().optional() }),
  ),
  succeeded: z.number().int(),
  failed: z.number().int(),
});

export const stagedDetailReplySchema = stagedSummarySchema.omit({ fileCount: true }).extend({
  body: z.string(),
  target: nullableText,
  grantId: nullableText,
  inputHash: nullableText,
  fingerprint: nullableText,
  metadata: z.record(z.string(), z.unknown()).nullable(),
  promotionOwner: nullableText,
  promotionLeaseUntil: z.date().nullable(),
  updatedAt: z.date(),
  files: z.array(
    z.object({
      id: z.string(),
      targetPath: z.string(),
      content: z.string(),
      baseHash: nullableText,
      // The workspace file the proposal would replace, as it is now.
      current: z.union([
        z.object({ state: z.literal('missing') }),
        z.object({ state: z.literal('present'), content: z.string(), hash: z.string() }),
        z.object({ state: z.literal('too-large'), hash: z.string() }),
        z.object({ state: z.literal('refused'), reason: z.string() }),
      ]),
      // True when the file changed since the proposal was made (its hash is no longer baseHash).
      stale: z.boolean(),
    }),
  ),
});

export const stagedCountsReplySchema = z.object({
  pendingByKind: z.record(z.string(), z.number().int()),
  byStatus: z.record(z.string(), z.number().int()),
});

export const rejectionsReplySchema = z.object({
  rejections: z.array(
    z.object({ id: z.string(), kind: z.string(), title: z.string(), reason: z.string(), decidedAt: z.date() }),
  ),
});
