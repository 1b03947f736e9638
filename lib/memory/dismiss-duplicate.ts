import type { z } from 'zod';
import { NotFoundError, ValidationError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { publishEvent } from '../events/publish';
import { compareWithCandidates } from './compare-with-candidates';
import { LIVE } from './memory-key';
import { dismissDuplicateSchema } from './schemas';

/** The two entries of a pair, in the order pairs are stored; both must exist. */
async function checkedPair(input: z.input<typeof dismissDuplicateSchema>): Promise<[string, string]> {
  const { entryIds } = dismissDuplicateSchema.parse(input);
  const [a, b] = [...entryIds].sort() as [string, string];
  if (a === b)
    throw new ValidationError('An entry cannot be a duplicate of itself.', {
      entryIds: ['must name two different entries'],
    });
  const db = await getDb();
  const found = await db.memoryEntry.count({ where: { id: { in: [a, b] } } });
  if (found !== 2) throw new NotFoundError('One of these memory entries does not exist.');
  return [a, b];
}

/**
 * The owner's "not a duplicate": the pair leaves the proposals and is remembered, so no later scan
 * proposes it again, even after either entry is edited. Saying it twice is not an error.
 */
export async function dismissDuplicate(input: z.input<typeof dismissDuplicateSchema>, actor: string) {
  const [a, b] = await checkedPair(input);
  const db = await getDb();
  const dismissal = await db.memoryDuplicateDismissal.upsert({
    where: { entryAId_entryBId: { entryAId: a, entryBId: b } },
    create: { entryAId: a, entryBId: b, dismissedBy: actor },
    update: {},
  });
  await recordAudit({ actor, action: 'memory.dismiss-duplicate', target: a, details: { otherId: b } });
  await publishEvent('memory', 'duplicate-dismissed', a);
  return { entryIds: [a, b], dismissedBy: dismissal.dismissedBy, dismissedAt: dismissal.createdAt.toISOString() };
}

/** Whether `a` and `b` (both live) relate now by the scan's rules, as the next scan would say. */
async function stillRelated(a: string, b: string): Promise<boolean> {
  const db = await getDb();
  const mine = await db.memoryEntry.findFirst({ where: { id: a, ...LIVE }, select: { content: true } });
  const theirs = await db.memoryEntry.findFirst({ where: { id: b, ...LIVE }, select: { id: true, content: true } });
  if (!mine || !theirs) return false;
  return (await compareWithCandidates(mine.content, [theirs], new Set([a]))).some((m) => m.id === b);
}

/**
 * Takes a "not a duplicate" back (the owner's undo): the pair is no longer remembered as dismissed
 * and, when both entries are live and still alike, it is proposed again at once rather than at the
 * next edit of either. Taking back a pair that is not dismissed changes nothing.
 */
export async function undismissDuplicate(input: z.input<typeof dismissDuplicateSchema>, actor: string) {
  const [a, b] = await checkedPair(input);
  const db = await getDb();
  const { count } = await db.memoryDuplicateDismissal.deleteMany({ where: { entryAId: a, entryBId: b } });
  if (count === 0) return { entryIds: [a, b], proposedAgain: false };
  const proposedAgain = await stillRelated(a, b);
  await recordAudit({ actor, action: 'memory.undismiss-duplicate', target: a, details: { otherId: b } });
  await publishEvent('memory', 'duplicate-restored', a);
  return { entryIds: [a, b], proposedAgain };
}
