import { ConflictError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { toView } from './entry-view';
import { loadEntry } from './load-entry';
import { type MemoryTx, recordVersion } from './record-version';
import { announceMemoryChange } from './announce-memory-change';

/** Soft delete: the entry leaves every list and search but stays restorable (undo). */
export async function softDelete(tx: MemoryTx, id: string, actor: string) {
  const current = await loadEntry(tx, id);
  if (current.deletedAt) return current;
  const entry = await tx.memoryEntry.update({
    where: { id },
    data: { deletedAt: new Date(), deletedBy: actor, version: { increment: 1 } },
  });
  await recordVersion(tx, entry, { kind: 'delete', changed: ['deletedAt'], by: actor });
  return entry;
}

export async function undelete(tx: MemoryTx, id: string, actor: string) {
  const current = await loadEntry(tx, id);
  if (!current.deletedAt) return current;
  if (current.mergedIntoId)
    throw new ConflictError(`This entry was merged into ${current.mergedIntoId} and cannot come back on its own.`);
  const entry = await tx.memoryEntry.update({
    where: { id },
    data: { deletedAt: null, deletedBy: null, version: { increment: 1 } },
  });
  await recordVersion(tx, entry, { kind: 'undelete', changed: ['deletedAt'], by: actor });
  return entry;
}

export async function deleteMemoryEntry(id: string, actor: string) {
  const db = await getDb();
  const entry = await db.$transaction((tx) => softDelete(tx, id, actor));
  await recordAudit({ actor, action: 'memory.delete', target: id });
  await announceMemoryChange('deleted', id);
  return toView(entry);
}

export async function undeleteMemoryEntry(id: string, actor: string) {
  const db = await getDb();
  const entry = await db.$transaction((tx) => undelete(tx, id, actor));
  await recordAudit({ actor, action: 'memory.undelete', target: id });
  await announceMemoryChange('restored', id);
  return toView(entry);
}
