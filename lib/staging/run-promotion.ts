import { getDb } from '../db/client';
import { env } from '../env';
import { planPromotion, writeTarget } from './promote-files';
import { readJournal, rollBackJournal, writeJournal } from './promotion-journal';
import { recordDecision } from './record-decision';
import type { EffectItem } from './staged-kind';

/** A claimed (`promoting`) item, as approval and recovery load it. */
export type PromotingItem = EffectItem & {
  metadata: unknown;
  files: { targetPath: string; content: string; baseHash: string | null }[];
};

export type PromotionOutcome =
  | { status: 'promoted' | 'approved'; written: string[] }
  | { status: 'conflict'; reason: string };

/** Tests prove recovery by having the promoting process die between two writes. */
function crashHook(written: number): void {
  const after = env().BUDDY_TEST_PROMOTION_CRASH_AFTER;
  if (env().NODE_ENV === 'test' && after === written) process.kill(process.pid, 'SIGKILL');
}

/** The end of a promotion: the journal goes and the final status is set in one transaction. */
export async function finishPromotion(id: string, status: 'promoted' | 'approved'): Promise<void> {
  const db = await getDb();
  await db.$transaction([
    db.promotionJournalEntry.deleteMany({ where: { itemId: id } }),
    db.stagedItem.update({ where: { id }, data: { status, promotionOwner: null, promotionLeaseUntil: null } }),
  ]);
}

/** The item is not (or no longer) promoted: why, for the owner, and no journal left. */
export async function markConflict(id: string, reason: string): Promise<void> {
  const db = await getDb();
  await db.$transaction([
    db.promotionJournalEntry.deleteMany({ where: { itemId: id } }),
    db.stagedItem.update({
      where: { id },
      data: { status: 'conflict', decisionNote: reason, promotionOwner: null, promotionLeaseUntil: null },
    }),
  ]);
}

/**
 * Promotes an item this process has claimed (`promoting`): plans every write (nothing written if
 * any target is refused), journals each target's previous content, writes the files one by one,
 * runs the kind's effect (from approvalEffect; effects are idempotent per item), then sets the final
 * status. Any failure after the first write rolls the written files back from the journal and marks
 * the item `conflict`; a crash leaves the journal for recoverPromotions to finish or roll back.
 */
export async function runPromotion(
  item: PromotingItem,
  actor: string,
  effect?: () => Promise<void>,
): Promise<PromotionOutcome> {
  const workspaceDir = env().workspaceDir;
  let failure: string | undefined;
  const written: string[] = [];
  try {
    const plan = planPromotion(workspaceDir, item.files);
    if (!plan.ok) failure = plan.reason;
    else {
      await writeJournal(item.id, plan.writes);
      for (const write of plan.writes) {
        writeTarget(workspaceDir, write.targetPath, write.previous, write.content);
        written.push(write.targetPath);
        crashHook(written.length);
      }
      await effect?.();
    }
  } catch (error) {
    failure = `promotion failed: ${(error as Error).message}`;
  }
  if (failure) {
    const { left } = rollBackJournal(workspaceDir, await readJournal(item.id));
    const reason = left.length ? `${failure} (changed meanwhile, left as found: ${left.join(', ')})` : failure;
    await markConflict(item.id, reason);
    await recordDecision({
      actor,
      action: 'staging.conflict',
      id: item.id,
      decision: 'denied',
      reason,
      details: { kind: item.kind },
    });
    return { status: 'conflict', reason };
  }
  const status = written.length > 0 ? 'promoted' : 'approved';
  await finishPromotion(item.id, status);
  return { status, written };
}
