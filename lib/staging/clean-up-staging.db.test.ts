import { describe, expect, it } from 'vitest';
import { getDb } from '../db/client';
import { cleanUpStaging } from './clean-up-staging';
import { createStagedItem } from './create-staged-item';
import { createStagingDecisions } from './staging-decisions';

// Plain kinds only: no domain declares an effect for them.
const { rejectStagedItem } = createStagingDecisions([]);

const DAY = 86_400_000;

describe('cleanUpStaging', () => {
  it('expires old pending items and archives old decided ones, deleting nothing', async () => {
    const db = await getDb();
    const old = await createStagedItem({ kind: 'draft', title: 'old' }, 'job:x');
    const fresh = await createStagedItem({ kind: 'draft', title: 'fresh' }, 'job:x');
    const decided = await createStagedItem({ kind: 'draft', title: 'decided' }, 'job:x');
    await rejectStagedItem(decided.id, 'owner:o', 'nope');
    const now = new Date(Date.now() + 20 * DAY);
    await db.stagedItem.update({ where: { id: fresh.id }, data: { createdAt: new Date(now.getTime() - DAY) } });
    await db.stagedItem.update({ where: { id: decided.id }, data: { decidedAt: new Date(now.getTime() - 40 * DAY) } });
    const before = await db.stagedItem.count();

    expect(await cleanUpStaging({ pendingMaxAgeDays: 14, archiveDecidedAfterDays: 30, now })).toEqual({
      expired: 1,
      archived: 1,
    });
    expect(await db.stagedItem.count()).toBe(before);
    expect(await db.stagedItem.findUnique({ where: { id: old.id } })).toMatchObject({
      status: 'expired',
      decidedBy: 'system:staging-cleanup',
      archivedAt: null,
    });
    expect((await db.stagedItem.findUnique({ where: { id: fresh.id } }))?.status).toBe('pending');
    expect((await db.stagedItem.findUnique({ where: { id: decided.id } }))?.archivedAt).toEqual(now);
    // Idempotent: a second pass on the same day changes nothing.
    expect(await cleanUpStaging({ pendingMaxAgeDays: 14, archiveDecidedAfterDays: 30, now })).toEqual({
      expired: 0,
      archived: 0,
    });
    expect(await db.auditEvent.count({ where: { action: 'staging.clean-up' } })).toBe(2);
  });
});
