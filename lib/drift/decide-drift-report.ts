import { NotFoundError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { onDriftReportApproved, onDriftReportRejected } from './apply-drift-decision';

/**
 * MERGE SEAM: until the staging review flow (issue 3) is in this branch, the Drift page decides a
 * report through this use case. At merge it should delegate to staging's approve/reject use case,
 * which flips the StagedItem's status and runs the approval-effects registry (where the coordinator
 * registers onDriftReportApproved / onDriftReportRejected), so there is one decision path.
 */
export async function decideDriftReport(stagedItemId: string, decision: 'approve' | 'reject', actor: string) {
  const db = await getDb();
  const report = await db.driftReport.findUnique({ where: { stagedItemId } });
  if (!report) throw new NotFoundError('No drift report with that id.');
  await recordAudit({ actor, action: `drift.${decision}`, target: stagedItemId });
  if (decision === 'reject') {
    await onDriftReportRejected({ id: stagedItemId, metadata: null });
    return { status: 'rejected' as const };
  }
  const { changeItemId } = await onDriftReportApproved({ id: stagedItemId, metadata: null });
  return { status: 'approved' as const, changeItemId };
}
