import { ConflictError, NotFoundError } from '../api/errors';
import { getDb } from '../db/client';
import { updateMemoryEntry } from './update-memory-entry';
import { decodeTags } from './normalize-text';

/**
 * Brings back an earlier version's content, category, tags and expiry as a new version: history
 * only grows, so the restore itself can be undone the same way.
 */
export async function restoreMemoryVersion(id: string, version: number, expectedVersion: number, actor: string) {
  const db = await getDb();
  const old = await db.memoryVersion.findUnique({ where: { entryId_version: { entryId: id, version } } });
  if (!old) throw new NotFoundError(`Entry ${id} has no version ${version}.`);
  if (old.version === expectedVersion) throw new ConflictError('That version is the current one.');
  return updateMemoryEntry(
    id,
    {
      version: expectedVersion,
      content: old.content,
      category: old.category,
      tags: decodeTags(old.tags),
      expiresAt: old.expiresAt,
    },
    actor,
  );
}
