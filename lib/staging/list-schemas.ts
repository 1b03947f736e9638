import { z } from 'zod';
import { STAGED_KINDS } from './schemas';
import { STAGED_STATUSES } from './statuses';

const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

export const listStagedQuerySchema = z.object({
  status: oneOrMany(z.enum(STAGED_STATUSES)).optional(),
  kind: oneOrMany(z.enum(STAGED_KINDS)).optional(),
  job: z.string().max(100).optional(),
  // Words in the title (the command palette searches the queue with it).
  q: z.string().trim().max(200).optional(),
  since: z.coerce.date().optional(),
  until: z.coerce.date().optional(),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListStagedQuery = z.input<typeof listStagedQuerySchema>;

export const rejectBodySchema = z.object({
  reason: z.string().trim().min(3, 'Give a reason of at least 3 characters; it teaches the jobs.').max(2000),
});

export const approveBodySchema = z.object({
  note: z.string().trim().max(2000).optional(),
  // The owner's choice for kinds that need one (a memory proposal: add, merge or replace); the
  // owning domain checks it (StagedKindHandler.checkApproval).
  resolution: z.unknown().optional(),
});

export const bulkBodySchema = z
  .object({
    action: z.enum(['approve', 'reject']),
    ids: z.array(z.string().min(1).max(100)).min(1, 'Select at least one item.').max(200),
    reason: z.string().trim().max(2000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.action === 'reject' && (value.reason ?? '').length < 3) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'Give a reason of at least 3 characters; it teaches the jobs.',
      });
    }
  });
