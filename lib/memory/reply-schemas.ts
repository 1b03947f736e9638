import { z } from 'zod';

/** One memory entry as every API reply shows it (MemoryView in entry-view.ts). */
const memoryViewSchema = z.object({
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
