import { z } from 'zod';
import { stagedCreatedReplySchema } from '../staging/reply-schemas';

/** One memory entry as every API reply shows it (MemoryView in entry-view.ts). */
export const memoryViewSchema = z.object({
  id: z.string(),
  content: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  pinned: z.boolean(),
  status: z.string(),
  sourceKind: z.string(),
  sourceId: z.string().nullable(),
  createdBy: z.string(),
  mergedIntoId: z.string().nullable(),
  version: z.number().int(),
  expiresAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expired: z.boolean(),
});

/** What GET /api/memory answers: route() checks the handler against it and the OpenAPI document shows it. */
export const memorySearchReplySchema = z.object({
  items: z.array(
    z.object({
      entry: memoryViewSchema,
      // The matched words marked, for a search; null when listing.
      snippet: z.array(z.object({ text: z.string(), match: z.boolean() })).nullable(),
      score: z.number().nullable(),
    }),
  ),
  hasMore: z.boolean(),
  order: z.enum(['relevance', 'newest']).optional(),
  matchesOver: z.number().int().optional(),
});

/** The reply of every endpoint that changes one entry (update, delete, undelete, restore, merge). */
export const entryReplySchema = z.object({ entry: memoryViewSchema });

/** POST /api/memory: the owner's new entry (201), or an agent's proposal in the review queue (202). */
export const memoryCreatedReplySchema = z.union([entryReplySchema, z.object({ proposal: stagedCreatedReplySchema })]);

export const memoryDetailReplySchema = z.object({
  entry: memoryViewSchema,
  provenances: z.array(
    z.object({
      id: z.string(),
      entryId: z.string(),
      sourceKind: z.string(),
      sourceId: z.string().nullable(),
      createdBy: z.string(),
      mergedFromId: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  versions: z.array(
    z.object({
      version: z.number().int(),
      content: z.string(),
      category: z.string(),
      tags: z.array(z.string()),
      pinned: z.boolean(),
      status: z.string(),
      expiresAt: z.string().nullable(),
      changeKind: z.string(),
      changed: z.array(z.string()),
      changedBy: z.string(),
      note: z.string().nullable(),
      createdAt: z.string(),
    }),
  ),
  mergedFrom: z.array(z.object({ id: z.string(), content: z.string(), createdBy: z.string(), createdAt: z.string() })),
});

export const bulkMemoryReplySchema = z.object({
  action: z.enum(['pin', 'unpin', 'archive', 'restore', 'delete', 'undelete']),
  count: z.number().int(),
});

const similarity = {
  kind: z.enum(['duplicate', 'contradiction']),
  similarity: z.number(),
  method: z.enum(['lexical', 'embedding']),
};
// Facts that differ between two alike entries (numbers, dates, paths...): why a pair may contradict.
const disagreementKind = z.enum(['number', 'date', 'path', 'name', 'time', 'address']);

export const duplicatesReplySchema = z.object({
  pairs: z.array(
    z.object({
      ...similarity,
      survivor: memoryViewSchema,
      merged: memoryViewSchema,
      disagreements: z.array(
        z.object({ kind: disagreementKind, survivor: z.array(z.string()), merged: z.array(z.string()) }),
      ),
    }),
  ),
  // The pairs come from the last whole-memory scan (a worker job): when it ran (null: not yet), and
  // whether memory changed since, so a new scan is pending and its live event will refresh the list.
  scannedAt: z.string().nullable(),
  scanning: z.boolean(),
});

export const relatedReplySchema = z.object({
  related: z.array(
    z.object({
      ...similarity,
      entry: memoryViewSchema,
      disagreements: z.array(
        z.object({ kind: disagreementKind, mine: z.array(z.string()), theirs: z.array(z.string()) }),
      ),
    }),
  ),
});

export const dismissedReplySchema = z.object({
  dismissal: z.object({ entryIds: z.array(z.string()), dismissedBy: z.string(), dismissedAt: z.string() }),
});

export const undismissedReplySchema = z.object({
  // True when the pair is alike enough to be listed again at once.
  dismissal: z.object({ entryIds: z.array(z.string()), proposedAgain: z.boolean() }),
});

const facetSchema = z.array(z.object({ name: z.string(), count: z.number().int() }));
export const facetsReplySchema = z.object({ categories: facetSchema, tags: facetSchema, sources: facetSchema });

/** GET /api/memory/export?format=openclaw; the other formats are file downloads. */
export const exportFilesReplySchema = z.object({ files: z.array(z.object({ path: z.string(), content: z.string() })) });

const importReportSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
});
export const importReplySchema = z.object({ report: importReportSchema });

/** POST /api/memory/workspace: the files written (export), or what reading them changed (import). */
export const workspaceSyncReplySchema = z.union([
  z.object({ dir: z.string(), files: z.array(z.string()) }),
  importReportSchema.extend({ proposed: z.number().int(), files: z.array(z.string()) }),
]);
