import { getDb } from '../db/client';
import { alreadyDecided, notFound } from './decision-errors';
import { recordDecision } from './record-decision';
import type { StagedKind } from './schemas';
import type { StagedStatus } from './statuses';
import type { StagedKinds } from './staged-kind';

// A conflicting item can still be rejected: that is how the owner clears it from the queue.
const REJECTABLE: StagedStatus[] = ['pending', 'conflict'];

/**
 * Rejects an item with the owner's reason, which stays with the item for the feedback job, then runs
 * the kind's rejection effect (a rejected drift report means "the environment is wrong").
 */
export async function rejectStagedItem(kinds: StagedKinds, id: string, actor: string, reason: string) {
  const db = await getDb();
  const item = await db.stagedItem.findUnique({
    where: { id },
    select: { id: true, kind: true, status: true, decidedBy: true, decidedAt: true },
  });
  if (!item) throw notFound(id);
  const claimed = REJECTABLE.includes(item.status)
    ? await db.stagedItem.updateMany({
        where: { id, status: { in: REJECTABLE } },
        data: { status: 'rejected', decidedBy: actor, decidedAt: new Date(), decisionNote: reason },
      })
    : { count: 0 };
  if (claimed.count === 0) {
    const current =
      (await db.stagedItem.findUnique({
        where: { id },
        select: { id: true, status: true, decidedBy: true, decidedAt: true },
      })) ?? item;
    const error = alreadyDecided(current);
    await recordDecision({ actor, action: 'staging.reject', id, decision: 'denied', reason: error.message });
    throw error;
  }
  await recordDecision({ actor, action: 'staging.reject', id, reason, details: { kind: item.kind } });
  await kinds.get(item.kind as StagedKind)?.onReject?.({ id });
  return { id, status: 'rejected' as const, reason };
}
