import { ForbiddenError } from '../api/errors';
import { getDb } from '../db/client';
import { jsonOrNull } from '../db/json';
import { alreadyDecided, notFound } from './decision-errors';
import { targetsOutsideItemGrant } from './grant-scope';
import { PROMOTION_LEASE_MS, promotionOwner } from './promotion-lease';
import { recordDecision } from './record-decision';
import { recoverPromotions } from './recover-promotions';
import { runPromotion } from './run-promotion';
import type { StagedKind } from './schemas';
import type { StagedStatus } from './statuses';
import { approvalEffect, type StagedKindHandler, type StagedKinds } from './staged-kind';

export type ApproveResult = {
  id: string;
  status: Extract<StagedStatus, 'approved' | 'promoted' | 'conflict'>;
  reason?: string;
  written: string[];
};

/** The owner's choice checked by the kind (see StagedKindHandler.checkApproval); undefined when it has no check. */
async function checkChoice(handler: StagedKindHandler | undefined, raw: unknown, choice: unknown) {
  if (!handler?.checkApproval) return undefined;
  const metadata = handler.metadata.safeParse(raw);
  // Invalid metadata fails in the effect, with the reason on the item.
  return metadata.success ? handler.checkApproval(metadata.data, choice) : undefined;
}

type Decided = { id: string; status: string; decidedBy: string | null; decidedAt: Date | null };

/**
 * Approves a pending item. Interrupted promotions are recovered first (so an item a crash left
 * `promoting` can be approved again). An agent's item must still lie inside its grant's resources
 * (403 naming each path, the item becomes `conflict`). The conditional update then claims the item
 * as `promoting` under this process's lease, so of two simultaneous approvals exactly one proceeds,
 * and runPromotion writes the files through its journal.
 */
export async function approveStagedItem(
  kinds: StagedKinds,
  id: string,
  actor: string,
  note?: string,
  choice?: unknown,
): Promise<ApproveResult> {
  await recoverPromotions(kinds);
  const db = await getDb();
  const item = await db.stagedItem.findUnique({
    where: { id },
    include: { files: { orderBy: { position: 'asc' }, select: { targetPath: true, content: true, baseHash: true } } },
  });
  if (!item) throw notFound(id);
  const refuse = async (current: Decided) => {
    const error = alreadyDecided(current);
    await recordDecision({ actor, action: 'staging.approve', id, decision: 'denied', reason: error.message });
    return error;
  };
  if (item.status !== 'pending') throw await refuse(item);
  const handler = kinds.get(item.kind as StagedKind);
  const resolution = await checkChoice(handler, item.metadata, choice);
  // The kind's choice is kept in the metadata, so a recovery after a crash reruns the effect with it.
  const metadata = resolution !== undefined ? { ...(item.metadata as object | null), resolution } : item.metadata;

  const outside = await targetsOutsideItemGrant(item);
  if (Object.keys(outside).length > 0) {
    const reason = `outside the grant it was staged with: ${Object.values(outside).flat().join('; ')}`;
    const marked = await db.stagedItem.updateMany({
      where: { id, status: 'pending' },
      data: { status: 'conflict', decidedBy: actor, decidedAt: new Date(), decisionNote: reason },
    });
    if (marked.count > 0) await recordDecision({ actor, action: 'staging.conflict', id, decision: 'denied', reason });
    throw new ForbiddenError(`Nothing was written: ${reason}. The item is marked conflict.`, outside);
  }

  const claimed = await db.stagedItem.updateMany({
    where: { id, status: 'pending' },
    data: {
      status: 'promoting',
      decidedBy: actor,
      decidedAt: new Date(),
      decisionNote: note ?? null,
      metadata: jsonOrNull(metadata),
      promotionOwner: promotionOwner(),
      promotionLeaseUntil: new Date(Date.now() + PROMOTION_LEASE_MS),
    },
  });
  if (claimed.count === 0) {
    const current = await db.stagedItem.findUnique({
      where: { id },
      select: { id: true, status: true, decidedBy: true, decidedAt: true },
    });
    throw await refuse(current ?? item);
  }

  const effect = approvalEffect(handler, item, actor, () => metadata);
  const outcome = await runPromotion({ ...item, metadata }, actor, effect);
  if (outcome.status === 'conflict') {
    await recordDecision({
      actor,
      action: 'staging.approve',
      id,
      reason: `approved but not promoted: ${outcome.reason}`,
    });
    return { id, status: 'conflict', reason: outcome.reason, written: [] };
  }
  await recordDecision({
    actor,
    action: 'staging.approve',
    id,
    reason: note,
    details: { kind: item.kind, status: outcome.status, written: outcome.written },
  });
  return { id, status: outcome.status, written: outcome.written };
}
