import { getDb } from '../db/client';
import { env } from '../env';
import { type ApprovedItem, approvalChecks, approvalEffects } from './approval-effects';
import { alreadyDecided, notFound } from './decision-errors';
import { promoteFiles } from './promote-files';
import { recordDecision } from './record-decision';
import type { StagedKind, StagedStatus } from './schemas';

export type ApproveResult = {
  id: string;
  status: Extract<StagedStatus, 'approved' | 'promoted' | 'conflict'>;
  reason?: string;
  written: string[];
};

function parseMetadata(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/**
 * Approves a pending item. The conditional update claims it first, so of two simultaneous
 * approvals exactly one proceeds; the winner then promotes the files (all or nothing) and runs the
 * kind's approval effect. A target that changed since the job read it makes the item `conflict`.
 */
export async function approveStagedItem(
  id: string,
  actor: string,
  note?: string,
  choice?: unknown,
): Promise<ApproveResult> {
  const db = await getDb();
  const item = await db.stagedItem.findUnique({
    where: { id },
    include: { files: { orderBy: { position: 'asc' }, select: { targetPath: true, content: true, baseHash: true } } },
  });
  if (!item) throw notFound(id);
  const refuse = async (current: { id: string; status: string; decidedBy: string | null; decidedAt: Date | null }) => {
    const error = alreadyDecided(current);
    await recordDecision({ actor, action: 'staging.approve', id, decision: 'denied', reason: error.message });
    return error;
  };
  if (item.status !== 'pending') throw await refuse(item);
  const check = approvalChecks[item.kind as StagedKind];
  const checked = check ? await check(item, choice) : undefined;

  const decidedAt = new Date();
  const claimed = await db.stagedItem.updateMany({
    where: { id, status: 'pending' },
    data: { status: 'approved', decidedBy: actor, decidedAt, decisionNote: note ?? null },
  });
  if (claimed.count === 0) {
    const current = await db.stagedItem.findUnique({
      where: { id },
      select: { id: true, status: true, decidedBy: true, decidedAt: true },
    });
    throw await refuse(current ?? item);
  }

  let failure: string | undefined;
  let written: string[] = [];
  try {
    if (item.files.length > 0) {
      const promoted = await promoteFiles(env().workspaceDir, item.files);
      if (promoted.ok) written = promoted.written;
      else failure = promoted.reason;
    }
    const effect = approvalEffects[item.kind as StagedKind];
    if (!failure && effect) {
      const approved: ApprovedItem = { ...item, metadata: parseMetadata(item.metadata), decidedBy: actor };
      await effect(approved, checked);
    }
  } catch (error) {
    failure = `promotion failed: ${(error as Error).message}`;
  }

  if (failure) {
    await db.stagedItem.update({ where: { id }, data: { status: 'conflict', decisionNote: failure } });
    await recordDecision({
      actor,
      action: 'staging.conflict',
      id,
      decision: 'denied',
      reason: failure,
      details: { kind: item.kind },
    });
    await recordDecision({ actor, action: 'staging.approve', id, reason: `approved but not promoted: ${failure}` });
    return { id, status: 'conflict', reason: failure, written: [] };
  }
  const status = written.length > 0 ? 'promoted' : 'approved';
  if (status === 'promoted') await db.stagedItem.update({ where: { id }, data: { status } });
  await recordDecision({
    actor,
    action: 'staging.approve',
    id,
    reason: note,
    details: { kind: item.kind, status, written },
  });
  return { id, status, written };
}
