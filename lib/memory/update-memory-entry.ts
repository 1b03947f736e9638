import { ConflictError, ValidationError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { toView } from './entry-view';
import { loadEntry } from './load-entry';
import { contentHash, encodeTags } from './normalize-text';
import { recordVersion } from './record-version';
import { type UpdateMemoryInput, updateMemorySchema } from './schemas';
import { announceMemoryChange } from './announce-memory-change';

const kindOf = (changed: string[], input: { pinned?: boolean; status?: string }) => {
  if (changed.length === 1 && changed[0] === 'pinned') return input.pinned ? 'pin' : 'unpin';
  if (changed.length === 1 && changed[0] === 'status') return input.status === 'archived' ? 'archive' : 'restore';
  return 'edit';
};

/**
 * Edits an entry the caller loaded at `version`. The write only happens when the stored version is
 * still that one, so an edit made elsewhere in between is reported as a conflict, never overwritten.
 */
export async function updateMemoryEntry(id: string, input: UpdateMemoryInput, actor: string) {
  const data = updateMemorySchema.parse(input);
  const db = await getDb();
  const updated = await db.$transaction(async (tx) => {
    const current = await loadEntry(tx, id);
    if (current.deletedAt) throw new ConflictError('This entry is deleted; restore it before editing.');
    if (current.mergedIntoId)
      throw new ConflictError(`This entry was merged into ${current.mergedIntoId}; edit that one.`);
    if (current.version !== data.version) {
      throw new ConflictError(
        `This entry changed since you loaded it (you have version ${data.version}, it is now at ${current.version}). Reload it and apply your edit again.`,
      );
    }
    const next = {
      content: data.content ?? current.content,
      category: data.category ?? current.category,
      tags: data.tags ? encodeTags(data.tags) : current.tags,
      pinned: data.pinned ?? current.pinned,
      status: data.status ?? current.status,
      expiresAt: data.expiresAt === undefined ? current.expiresAt : data.expiresAt,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (k) =>
        String(next[k] instanceof Date ? (next[k] as Date).getTime() : next[k]) !==
        String(current[k] instanceof Date ? (current[k] as Date).getTime() : current[k]),
    );
    if (changed.length === 0) return current;
    if (next.expiresAt && changed.includes('expiresAt') && next.expiresAt.getTime() < Date.now() - 60_000) {
      throw new ValidationError('Some body fields are invalid.', { expiresAt: ['must be in the future'] });
    }
    const result = await tx.memoryEntry.updateMany({
      where: { id, version: data.version },
      data: { ...next, contentHash: contentHash(next.content), version: { increment: 1 } },
    });
    // The version condition in the WHERE is what makes a concurrent writer lose instead of overwrite.
    if (result.count !== 1)
      throw new ConflictError('This entry changed while you were saving. Reload it and try again.');
    const entry = await loadEntry(tx, id);
    await recordVersion(tx, entry, { kind: kindOf(changed, next), changed, by: actor });
    return entry;
  });
  if (updated.version !== data.version) {
    await recordAudit({ actor, action: 'memory.update', target: id, details: { version: updated.version } });
    await announceMemoryChange('updated', id);
  }
  return toView(updated);
}
