import type { z } from 'zod';
import { NotFoundError, ValidationError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { publishEvent } from '../events/publish';
import { serialised } from './duplicate-index';
import { dismissDuplicateSchema } from './schemas';

/**
 * The owner's "not a duplicate": the pair leaves the proposals and is remembered, so no later scan
 * proposes it again, even after either entry is edited. Saying it twice is not an error.
 */
export async function dismissDuplicate(input: z.input<typeof dismissDuplicateSchema>, actor: string) {
  const { entryIds } = dismissDuplicateSchema.parse(input);
  const [a, b] = [...entryIds].sort() as [string, string];
  if (a === b) throw new ValidationError('An entry cannot be a duplicate of itself.', { entryIds: ['must name two different entries'] });
  const db = await getDb();
  const found = await db.memoryEntry.count({ where: { id: { in: [a, b] } } });
  if (found !== 2) throw new NotFoundError('One of these memory entries does not exist.');
  const dismissal = await serialised(() =>
    db.$transaction(async (tx) => {
      await tx.memoryDuplicatePair.deleteMany({ where: { entryAId: a, entryBId: b } });
      return tx.memoryDuplicateDismissal.upsert({
        where: { entryAId_entryBId: { entryAId: a, entryBId: b } },
        create: { entryAId: a, entryBId: b, dismissedBy: actor },
        update: {},
      });
    }),
  );
  await recordAudit({ actor, action: 'memory.dismiss-duplicate', target: a, details: { otherId: b } });
  await publishEvent('memory', 'duplicate-dismissed', a);
  return { entryIds: [a, b], dismissedBy: dismissal.dismissedBy, dismissedAt: dismissal.createdAt.toISOString() };
}
