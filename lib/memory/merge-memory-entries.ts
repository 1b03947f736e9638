import type { z } from 'zod';
import { ConflictError, ValidationError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { toView } from './entry-view';
import { loadEntry } from './load-entry';
import { contentHash, decodeTags, encodeTags } from './normalize-text';
import { recordVersion } from './record-version';
import { mergeMemorySchema } from './schemas';
import { announceMemoryChange } from './announce-memory-change';

const later = (a: Date | null, b: Date | null) => (a === null || b === null ? null : a > b ? a : b);

/**
 * Folds `mergedId` into `survivorId`. Nothing is lost: the survivor gains the merged entry's
 * provenances (marked with where they came from) and tags; the merged entry keeps its own history,
 * is soft-deleted and points at the survivor, so its old id still leads somewhere.
 */
export async function mergeMemoryEntries(input: z.input<typeof mergeMemorySchema>, actor: string) {
  const data = mergeMemorySchema.parse(input);
  if (data.survivorId === data.mergedId) {
    throw new ValidationError('An entry cannot be merged into itself.', { mergedId: ['must differ from survivorId'] });
  }
  const db = await getDb();
  const survivor = await db.$transaction(async (tx) => {
    const keep = await loadEntry(tx, data.survivorId);
    const gone = await loadEntry(tx, data.mergedId);
    if (keep.deletedAt || keep.mergedIntoId)
      throw new ConflictError('Cannot merge into a deleted or merged-away entry; restore it first.');
    if (gone.deletedAt || gone.mergedIntoId)
      throw new ConflictError('The entry to merge away is already deleted or merged.');
    const provenances = await tx.memoryProvenance.findMany({ where: { entryId: gone.id } });
    for (const p of provenances) {
      await tx.memoryProvenance.create({
        data: {
          entryId: keep.id,
          sourceKind: p.sourceKind,
          sourceId: p.sourceId,
          createdBy: p.createdBy,
          mergedFromId: p.mergedFromId ?? gone.id,
          createdAt: p.createdAt,
        },
      });
    }
    const removed = await tx.memoryEntry.update({
      where: { id: gone.id },
      data: { mergedIntoId: keep.id, deletedAt: new Date(), deletedBy: actor, version: { increment: 1 } },
    });
    await recordVersion(tx, removed, {
      kind: 'merge',
      changed: ['mergedIntoId'],
      by: actor,
      note: `merged into ${keep.id}`,
    });
    const content = data.content ?? keep.content;
    const merged = await tx.memoryEntry.update({
      where: { id: keep.id },
      data: {
        content,
        contentHash: contentHash(content),
        tags: encodeTags([...new Set([...decodeTags(keep.tags), ...decodeTags(gone.tags)])]),
        pinned: keep.pinned || gone.pinned,
        expiresAt: later(keep.expiresAt, gone.expiresAt),
        version: { increment: 1 },
      },
    });
    await recordVersion(tx, merged, {
      kind: 'merge',
      changed: data.content ? ['content', 'tags'] : ['tags'],
      by: actor,
      note: `merged ${gone.id}`,
    });
    // Entries merged into the loser earlier now point at the survivor directly.
    await tx.memoryEntry.updateMany({ where: { mergedIntoId: gone.id }, data: { mergedIntoId: keep.id } });
    return merged;
  });
  await recordAudit({ actor, action: 'memory.merge', target: survivor.id, details: { mergedId: data.mergedId } });
  await announceMemoryChange('merged', survivor.id);
  return toView(survivor);
}
