import { NotFoundError } from '../api/errors';
import { getDb } from '../db/client';
import type { StagingDecisions } from '../staging/staging-decisions';

/**
 * Decides a drift report from the Drift page through staging's own approve/reject, so there is one
 * decision path: the staged item's status flips, the decision is audited, and the registered
 * effects run (approve proposes an architecture change, reject keeps the drift open). The route
 * hands staging's decisions in (lib/staged-kinds/), which drift cannot import: they include drift's own kinds.
 */
export async function decideDriftReport(
  staging: Pick<StagingDecisions, 'approveStagedItem' | 'rejectStagedItem'>,
  stagedItemId: string,
  decision: 'approve' | 'reject',
  actor: string,
) {
  const db = await getDb();
  const report = await db.driftReport.findUnique({ where: { stagedItemId } });
  if (!report) throw new NotFoundError('No drift report with that id.');
  if (decision === 'reject') {
    await staging.rejectStagedItem(
      stagedItemId,
      actor,
      'The environment is wrong: keep the drift open until it is fixed.',
    );
    return { status: 'rejected' as const };
  }
  const result = await staging.approveStagedItem(stagedItemId, actor, 'The documentation is wrong.');
  const { changeItemId } = await db.driftReport.findUniqueOrThrow({
    where: { stagedItemId },
    select: { changeItemId: true },
  });
  return { status: result.status, changeItemId };
}
