import { z } from 'zod';

export const MEMORY_STATUSES = ['active', 'archived'] as const;
export const SOURCE_KINDS = ['owner', 'job-run', 'agent-session', 'import'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Memory entries are notes, not documents: 20,000 characters is far above any real one. */
export const MAX_CONTENT_CHARS = 20_000;
export const MAX_TAGS = 20;
/** Bodies of single-entry requests; anything bigger is refused before it is parsed. */
export const ENTRY_BODY_LIMIT = 128 * 1024;

const content = z
  .string()
  .max(MAX_CONTENT_CHARS, `must be at most ${MAX_CONTENT_CHARS.toLocaleString('en')} characters`)
  .refine((c) => c.trim().length > 0, 'must not be empty')
  .refine((c) => !c.includes('\0'), 'must not contain NUL bytes');

export const categorySchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'must not be empty')
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, 'letters, digits, spaces, "-" and "_" only');

export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u, 'letters, digits, ".", "-" and "_" only (no spaces or commas)');

export const tagsSchema = z
  .array(tagSchema)
  .max(MAX_TAGS)
  .transform((tags) => [...new Set(tags)]);

const expiresAt = z.coerce.date().nullable();

export const createMemorySchema = z.object({
  content,
  category: categorySchema.default('general'),
  tags: tagsSchema.default([]),
  pinned: z.boolean().default(false),
  expiresAt: expiresAt.optional(),
});
export type CreateMemoryInput = z.input<typeof createMemorySchema>;

export const updateMemorySchema = z.object({
  // Optimistic concurrency: the version the editor loaded. A newer one in the database is a conflict.
  version: z.number().int().min(1),
  content: content.optional(),
  category: categorySchema.optional(),
  tags: tagsSchema.optional(),
  pinned: z.boolean().optional(),
  status: z.enum(MEMORY_STATUSES).optional(),
  expiresAt: expiresAt.optional(),
});
export type UpdateMemoryInput = z.input<typeof updateMemorySchema>;

const csv = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean));

export const searchMemorySchema = z.object({
  q: z.string().max(500).optional(),
  category: csv.optional(),
  tag: csv.optional(),
  source: csv.pipe(z.array(z.enum(SOURCE_KINDS))).optional(),
  status: z.enum([...MEMORY_STATUSES, 'deleted', 'all']).default('active'),
  pinned: z.enum(['true', 'false']).optional(),
  expiry: z.enum(['any', 'none', 'expiring', 'expired', 'live']).default('any'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type SearchMemoryInput = z.input<typeof searchMemorySchema>;

export const mergeMemorySchema = z.object({
  survivorId: z.string().min(1).max(100),
  mergedId: z.string().min(1).max(100),
  // Optional merged text; by default the survivor keeps its own content.
  content: content.optional(),
});

/** "Not a duplicate": the two entries of a proposed pair, in any order. */
export const dismissDuplicateSchema = z.object({
  entryIds: z.tuple([z.string().min(1).max(100), z.string().min(1).max(100)]),
});

export const BULK_ACTIONS = ['pin', 'unpin', 'archive', 'restore', 'delete', 'undelete'] as const;
export const bulkMemorySchema = z.object({
  ids: z.array(z.string().min(1).max(100)).min(1).max(500),
  action: z.enum(BULK_ACTIONS),
});

const proposalFields = z.object({
  content,
  category: categorySchema.default('general'),
  tags: tagsSchema.default([]),
  sessionId: z.string().max(200).optional(),
  // A proposed change to an existing entry (a workspace edit of an owner-written one): approving
  // applies it only if the entry is still at `baseVersion`.
  entryId: z.string().max(100).optional(),
  baseVersion: z.number().int().min(1).optional(),
});

/** "What would this text duplicate or contradict?" (the composer's warning, a proposal's review). */
export const relatedQuerySchema = z.object({
  content,
  // The entry being edited, which is not its own duplicate.
  excludeId: z.string().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

/**
 * How an approved memory proposal lands: as a new entry, folded into an entry it duplicates (that
 * entry keeps its text and gains the proposal's tags and provenance), or replacing the text of an
 * entry it contradicts (the entry keeps its id, pin and history).
 */
export const memoryResolutionSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('add') }),
    z.object({ action: z.literal('merge'), entryId: z.string().min(1, 'name the entry to merge into').max(100) }),
    z.object({ action: z.literal('replace'), entryId: z.string().min(1, 'name the entry to replace').max(100) }),
  ],
  { error: 'must be add, merge or replace' },
);
export type MemoryResolution = z.infer<typeof memoryResolutionSchema>;

/** A memory proposal's metadata; `resolution` is the owner's choice, recorded when it is approved. */
export const proposalMetadataSchema = proposalFields.extend({ resolution: memoryResolutionSchema.optional() });
export type ProposalMetadata = z.infer<typeof proposalMetadataSchema>;
