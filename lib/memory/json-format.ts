import { z } from 'zod';
import { MAX_IMPORT_ENTRIES } from './import-limits';
import { categorySchema, MAX_CONTENT_CHARS, MEMORY_STATUSES, SOURCE_KINDS, tagSchema } from './schemas';

export const JSON_FORMAT = 'buddy-memory';
const date = z.coerce.date();
const id = z.string().min(1).max(100);

const provenance = z.object({
  sourceKind: z.enum(SOURCE_KINDS),
  sourceId: z.string().max(500).nullable(),
  createdBy: z.string().min(1).max(200),
  mergedFromId: id.nullable().default(null),
  createdAt: date,
});

const version = z.object({
  version: z.number().int().min(1),
  content: z.string().max(MAX_CONTENT_CHARS),
  category: z.string().max(40),
  tags: z.array(z.string().max(40)).max(50),
  pinned: z.boolean(),
  status: z.string().max(20),
  expiresAt: date.nullable(),
  changeKind: z.string().max(20),
  changed: z.array(z.string().max(40)).max(20),
  changedBy: z.string().max(200),
  note: z.string().max(500).nullable(),
  createdAt: date,
});

/** One entry with everything needed to rebuild it elsewhere: provenance and full history. */
export const jsonEntrySchema = z.object({
  id,
  content: z
    .string()
    .max(MAX_CONTENT_CHARS)
    .refine((c) => c.trim().length > 0, 'must not be empty'),
  category: categorySchema,
  tags: z.array(tagSchema).max(50),
  pinned: z.boolean(),
  status: z.enum(MEMORY_STATUSES),
  sourceKind: z.enum(SOURCE_KINDS),
  sourceId: z.string().max(500).nullable(),
  createdBy: z.string().min(1).max(200),
  expiresAt: date.nullable(),
  deletedAt: date.nullable(),
  mergedIntoId: id.nullable(),
  version: z.number().int().min(1),
  createdAt: date,
  updatedAt: date,
  provenances: z.array(provenance).max(1000),
  versions: z.array(version).max(1000),
});
export type JsonEntry = z.infer<typeof jsonEntrySchema>;

export const jsonDocumentSchema = z.object({
  format: z.literal(JSON_FORMAT, { message: `must be "${JSON_FORMAT}"` }),
  version: z.literal(1, { message: 'only version 1 is understood' }),
  exportedAt: date.optional(),
  entries: z.array(jsonEntrySchema).max(MAX_IMPORT_ENTRIES, `at most ${MAX_IMPORT_ENTRIES} entries per import`),
});
