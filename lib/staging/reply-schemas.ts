import { z } from 'zod';
import { STAGED_KINDS, STAGED_STATUSES } from './schemas';

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

export const stagedCreatedReplySchema = z.object({
  id: z.string(),
  kind: z.enum(STAGED_KINDS),
  title: z.string(),
  status: z.enum(STAGED_STATUSES),
  createdAt: z.date(),
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
