import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { env } from '../env';
import { publishEvent } from '../events/publish';
import type { StagedStatus } from './statuses';

const DAY_MS = 86_400_000;
const DECIDED: StagedStatus[] = ['approved', 'rejected', 'promoted', 'conflict', 'expired'];

/**
 * The weekly retention pass: items pending too long become `expired`, decided items older than the
 * archive age get `archivedAt` (hidden from the default queue). It never deletes rows or files.
 */
export async function cleanUpStaging(opts: {
  pendingMaxAgeDays: number;
  archiveDecidedAfterDays: number;
  now?: Date;
}): Promise<{ expired: number; archived: number }> {
  const now = opts.now ?? new Date();
  const db = await getDb();
  const expired = await db.stagedItem.updateMany({
    where: { status: 'pending', createdAt: { lt: new Date(now.getTime() - opts.pendingMaxAgeDays * DAY_MS) } },
    data: {
      status: 'expired',
      decidedAt: now,
      decidedBy: 'system:staging-cleanup',
      decisionNote: `pending for more than ${opts.pendingMaxAgeDays} days`,
    },
  });
  const archived = await db.stagedItem.updateMany({
    where: {
      status: { in: DECIDED },
      archivedAt: null,
      decidedAt: { lt: new Date(now.getTime() - opts.archiveDecidedAfterDays * DAY_MS) },
    },
    data: { archivedAt: now },
  });
  const result = { expired: expired.count, archived: archived.count };
  await recordAudit({
    actor: 'system:staging-cleanup',
    action: 'staging.clean-up',
    details: { ...result, ...opts, now: now.toISOString() },
  });
  if (result.expired + result.archived > 0) await publishEvent('staging', 'cleaned-up');
  return result;
}

/** The configured retention (BUDDY_STAGING_PENDING_MAX_AGE_DAYS, BUDDY_STAGING_ARCHIVE_AFTER_DAYS) for the weekly job. */
export function stagingRetention() {
  return {
    pendingMaxAgeDays: env().BUDDY_STAGING_PENDING_MAX_AGE_DAYS,
    archiveDecidedAfterDays: env().BUDDY_STAGING_ARCHIVE_AFTER_DAYS,
  };
}
