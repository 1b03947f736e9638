import { getDb } from '../db/client';
import { log } from '../log';
import { recordAudit } from './record-audit';

/** Refusals of callers who proved nothing about who they are; counted, never chained one by one. */
export type RefusalKind = 'unknown-token' | 'sign-in-failed';

const LABELS: Record<RefusalKind, string> = {
  'unknown-token': 'requests with an unknown agent token',
  'sign-in-failed': 'failed sign-ins',
};

/**
 * Adds one to this minute's count for `kind`: a single-row upsert, no chain lock, so a flood of
 * junk cannot starve the chain writers that legitimate calls wait on. The first refusal of a minute
 * also writes one chained summary of the earlier minutes not yet summarised, so the chain still
 * shows that refusals happened (at most one row per kind per minute). Never throws: the caller is
 * being refused either way, and a lost count must not turn a 401 into a 500.
 */
export async function countRefusal(kind: RefusalKind, now = new Date()): Promise<void> {
  const minute = Math.floor(now.getTime() / 60_000);
  try {
    const db = await getDb();
    const [row] = await db.$queryRaw<{ count: number | bigint }[]>`
      INSERT INTO "AuditTally" ("kind", "minute", "count") VALUES (${kind}, ${minute}, 1)
      ON CONFLICT ("kind", "minute") DO UPDATE SET "count" = "AuditTally"."count" + 1
      RETURNING "count"`;
    if (Number(row?.count) !== 1) return;
    // Claimed by one conditional update, so two processes never summarise the same minutes.
    const earlier = await db.auditTally.updateManyAndReturn({
      where: { kind, minute: { lt: minute }, summarised: false },
      data: { summarised: true },
    });
    if (earlier.length === 0) return;
    const total = earlier.reduce((sum, r) => sum + r.count, 0);
    const first = Math.min(...earlier.map((r) => r.minute));
    const last = Math.max(...earlier.map((r) => r.minute));
    await recordAudit({
      actor: 'system',
      action: 'audit.refusals-counted',
      decision: 'denied',
      reason: `${total} ${LABELS[kind]}`,
      details: {
        kind,
        count: total,
        from: new Date(first * 60_000).toISOString(),
        until: new Date((last + 1) * 60_000).toISOString(),
      },
    });
  } catch (error) {
    log.warn('could not count a refusal', { kind, error: String(error) });
  }
}

/** How many refusals of `kind` were counted (optionally since a time); for the audit page and tests. */
export async function countedRefusals(kind: RefusalKind, since?: Date): Promise<number> {
  const db = await getDb();
  const where = since ? { kind, minute: { gte: Math.floor(since.getTime() / 60_000) } } : { kind };
  const result = await db.auditTally.aggregate({ where, _sum: { count: true } });
  return result._sum.count ?? 0;
}
