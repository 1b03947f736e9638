import { getDb } from '../db/client';
import { env } from '../env';
import { log } from '../log';
import { journalState, readJournal, rollBackJournal } from './promotion-journal';
import { PROMOTION_LEASE_MS, promotionAbandoned, promotionOwner } from './promotion-lease';
import { recordDecision } from './record-decision';
import { finishPromotion, markConflict } from './run-promotion';
import type { StagedKind } from './schemas';
import { approvalEffect, type StagedKinds } from './staged-kind';

export type Recovered = {
  id: string;
  outcome: 'finished' | 'rolled-back' | 'conflict';
  restored: string[];
  left: string[];
};

/**
 * Finishes or rolls back promotions whose process died (see promotionAbandoned). When the journal
 * shows every file written, the promotion is finished (effect, final status); otherwise the files
 * written so far get their previous content back and the item is `pending` again, so the owner can
 * approve it once more. Each recovery claims the item first, so two recovering processes never both act.
 */
export async function recoverPromotions(kinds: StagedKinds): Promise<Recovered[]> {
  const stuck = await loadStuck();
  const done: Recovered[] = [];
  for (const item of stuck) {
    if (!promotionAbandoned(item.promotionOwner, item.promotionLeaseUntil)) continue;
    try {
      const recovered = await recoverOne(kinds, item);
      if (recovered) done.push(recovered);
    } catch (error) {
      // One item that cannot be recovered now (a file locked, the database busy) must not block the rest.
      log.error('could not recover an interrupted promotion', { id: item.id, error: String(error) });
    }
  }
  return done;
}

type StuckItem = Awaited<ReturnType<typeof loadStuck>>[number];

async function loadStuck() {
  const db = await getDb();
  return db.stagedItem.findMany({
    where: { status: 'promoting' },
    include: { files: { orderBy: { position: 'asc' }, select: { targetPath: true, content: true, baseHash: true } } },
  });
}

async function recoverOne(kinds: StagedKinds, item: StuckItem): Promise<Recovered | null> {
  const db = await getDb();
  const claimed = await db.stagedItem.updateMany({
    where: { id: item.id, status: 'promoting', promotionOwner: item.promotionOwner },
    data: { promotionOwner: promotionOwner(), promotionLeaseUntil: new Date(Date.now() + PROMOTION_LEASE_MS) },
  });
  if (claimed.count === 0) return null;
  const actor = item.decidedBy ?? 'system:recovery';
  const journal = await readJournal(item.id);
  const allWritten =
    journal.length === item.files.length && journal.every((e) => journalState(env().workspaceDir, e) === 'written');
  let recovered: Recovered;
  const run = approvalEffect(kinds.get(item.kind as StagedKind), item, actor, () => item.metadata);
  const effect =
    allWritten && run
      ? await run().then(
          () => null,
          (error: Error) => error.message,
        )
      : null;
  if (allWritten && effect === null) {
    await finishPromotion(item.id, journal.length > 0 ? 'promoted' : 'approved');
    recovered = { id: item.id, outcome: 'finished', restored: [], left: [] };
  } else if (allWritten) {
    // The files are in place but the kind's effect fails now: the owner sees why, nothing is retried blindly.
    await markConflict(item.id, `promotion interrupted; its approval effect then failed: ${effect}`);
    recovered = { id: item.id, outcome: 'conflict', restored: [], left: [] };
  } else {
    const { restored, left } = rollBackJournal(env().workspaceDir, journal);
    await db.$transaction([
      db.promotionJournalEntry.deleteMany({ where: { itemId: item.id } }),
      db.stagedItem.update({
        where: { id: item.id },
        data: {
          status: 'pending',
          decidedBy: null,
          decidedAt: null,
          decisionNote: null,
          promotionOwner: null,
          promotionLeaseUntil: null,
        },
      }),
    ]);
    recovered = { id: item.id, outcome: 'rolled-back', restored, left };
  }
  log.warn('recovered an interrupted promotion', { ...recovered });
  await recordDecision({
    actor: 'system:recovery',
    action: 'staging.recover',
    id: item.id,
    reason: `promotion by ${item.promotionOwner ?? 'an unknown process'} was interrupted: ${recovered.outcome}`,
    details: { restored: recovered.restored, left: recovered.left, approvedBy: actor },
  });
  return recovered;
}
