import { z } from 'zod';
import { getDb } from '../db/client';

export const auditFilterSchema = z.object({
  actor: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
  decision: z.enum(['allowed', 'denied']).optional(),
  grantId: z.string().max(100).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditFilter = z.input<typeof auditFilterSchema>;

/** Newest first, filtered by actor/action (substring), decision and time; `before` pages by seq. */
export async function listAuditEvents(input: AuditFilter) {
  const f = auditFilterSchema.parse(input);
  const db = await getDb();
  const rows = await db.auditEvent.findMany({
    where: {
      actor: f.actor ? { contains: f.actor } : undefined,
      action: f.action ? { contains: f.action } : undefined,
      decision: f.decision,
      grantId: f.grantId,
      createdAt: f.from || f.to ? { gte: f.from, lte: f.to } : undefined,
      seq: f.before ? { lt: f.before } : undefined,
    },
    orderBy: { seq: 'desc' },
    take: f.limit,
  });
  return {
    events: rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      details: r.details ? (JSON.parse(r.details) as unknown) : null,
    })),
    nextBefore: rows.length === f.limit ? rows[rows.length - 1]?.seq : undefined,
  };
}
