import { getDb } from '../db/client';

/** Counts for the queue's filters: pending per kind and every status, archived items left out. */
export async function countStagedItems() {
  const db = await getDb();
  const [byKind, byStatus] = await Promise.all([
    db.stagedItem.groupBy({ by: ['kind'], where: { status: 'pending', archivedAt: null }, _count: { _all: true } }),
    db.stagedItem.groupBy({ by: ['status'], where: { archivedAt: null }, _count: { _all: true } }),
  ]);
  return {
    pendingByKind: Object.fromEntries(byKind.map((r) => [r.kind, r._count._all])) as Record<string, number>,
    byStatus: Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])) as Record<string, number>,
  };
}

/** Decisions taken since a moment (for the briefing): how many of each outcome. */
export async function countDecisionsSince(since: Date | null) {
  const db = await getDb();
  const rows = await db.stagedItem.groupBy({
    by: ['status'],
    where: { decidedAt: since ? { gte: since } : { not: null } },
    _count: { _all: true },
  });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all])) as Record<string, number>;
}
