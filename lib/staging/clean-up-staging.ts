// PLACEHOLDER(merge): real one comes from the staging branch.
import { getDb } from '../db/client';

/** Expires stale pending items and archives old decided ones; never deletes anything. */
export async function cleanUpStaging(input: { pendingMaxAgeDays: number; archiveDecidedAfterDays: number }): Promise<{ expired: number; archived: number }> {
  const db = await getDb();
  const day = 24 * 3600 * 1000;
  const expired = await db.stagedItem.updateMany({
    where: { status: 'pending', createdAt: { lt: new Date(Date.now() - input.pendingMaxAgeDays * day) } },
    data: { status: 'expired', decidedBy: 'system', decidedAt: new Date(), decisionNote: `pending for more than ${input.pendingMaxAgeDays} days` },
  });
  const archived = await db.stagedItem.updateMany({
    where: { archivedAt: null, status: { not: 'pending' }, decidedAt: { lt: new Date(Date.now() - input.archiveDecidedAfterDays * day) } },
    data: { archivedAt: new Date() },
  });
  return { expired: expired.count, archived: archived.count };
}
