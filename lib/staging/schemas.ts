import { z } from 'zod';
import { isGitSegment } from './git-segment';

export const STAGED_KINDS = [
  'drift-report',
  'code-review',
  'claude-md',
  'blog-post',
  'social-batch',
  'draft',
  'feature-proposal',
  'test-file',
  'ci-workflow',
  'briefing',
  'prediction-update',
  'memory-proposal',
  'model-report',
  'architecture-change',
  'ops-request',
] as const;
export type StagedKind = (typeof STAGED_KINDS)[number];

export const MAX_FILES_PER_ITEM = 50;
export const MAX_FILE_BYTES = 512 * 1024;
export const MAX_BODY_CHARS = 200_000;
// All files of one item together; the API refuses larger request bodies before parsing (413).
export const MAX_TOTAL_FILE_BYTES = 4 * 1024 * 1024;
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

export const proposedFileSchema = z.object({
  targetPath: z
    .string()
    .min(1)
    .max(500)
    .refine((p) => !p.includes('\0'), 'must not contain NUL bytes')
    .refine((p) => !p.startsWith('/') && !/^[A-Za-z]:/.test(p), 'must be relative to the workspace')
    .refine((p) => !p.split(/[\\/]/).includes('..'), 'must not contain ".." segments')
    .refine((p) => !p.split(/[\\/]/).some(isGitSegment), 'must not contain a .git segment (in any letter case)'),
  content: z
    .string()
    .refine((c) => Buffer.byteLength(c) <= MAX_FILE_BYTES, `must be at most ${MAX_FILE_BYTES / 1024} KB`),
  baseHash: z
    .string()
    .regex(/^[a-f0-9]{64}$/, 'must be a sha256 hex digest')
    .nullable()
    .optional(),
});

/** Kind-specific metadata: an object the owning domain's schema checks when the item is decided. */
const stagedMetadataSchema = z.record(z.string(), z.unknown());
/** The stored StagedItem.metadata column as the domain reads it. */
export const storedMetadataSchema = stagedMetadataSchema.nullable();

export const createStagedItemSchema = z
  .object({
    kind: z.enum(STAGED_KINDS),
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().max(2000).default(''),
    body: z.string().max(MAX_BODY_CHARS).default(''),
    files: z.array(proposedFileSchema).max(MAX_FILES_PER_ITEM).default([]),
    sourceJob: z.string().max(100).optional(),
    sourceRunId: z.string().max(100).optional(),
    /** What the item is about (a repository, a file); defaults to the first proposed file. */
    target: z.string().min(1).max(500).optional(),
    /** Hash of what the producer based it on: a rejected proposal comes back only when this changes. */
    inputHash: z.string().min(1).max(128).optional(),
    metadata: stagedMetadataSchema.optional(),
  })
  .superRefine((item, ctx) => {
    const total = item.files.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
    if (total > MAX_TOTAL_FILE_BYTES)
      ctx.addIssue({
        code: 'custom',
        path: ['files'],
        message: `all files together must be at most ${MAX_TOTAL_FILE_BYTES / 1024 / 1024} MB`,
      });
    const paths = item.files.map((f) => f.targetPath);
    if (new Set(paths).size !== paths.length)
      ctx.addIssue({ code: 'custom', path: ['files'], message: 'each target path may appear only once' });
  });
export type CreateStagedItemInput = z.input<typeof createStagedItemSchema>;
