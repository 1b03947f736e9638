import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { softDelete, undelete } from './delete-memory-entry';
import { loadEntry } from './load-entry';
import { type MemoryTx, recordVersion } from './record-version';
import { bulkMemorySchema } from './schemas';
import { announceMemoryChange } from './announce-memory-change';

type Action = z.infer<typeof bulkMemorySchema>['action'];

const FIELDS: Record<'pin' | 'unpin' | 'archive' | 'restore', { pinned?: boolean; status?: string }> = {
  pin: { pinned: true },
  unpin: { pinned: false },
  archive: { status: 'archived' },
  restore: { status: 'active' },
};

async function applyOne(tx: MemoryTx, id: string, action: Action, actor: string) {
  if (action === 'delete') return softDelete(tx, id, actor);
  if (action === 'undelete') return undelete(tx, id, actor);
  const current = await loadEntry(tx, id);
  const data = FIELDS[action];
  const unchanged =
    (data.pinned === undefined || data.pinned === current.pinned) &&
    (data.status === undefined || data.status === current.status);
  if (unchanged || current.deletedAt || current.mergedIntoId) return current;
  const entry = await tx.memoryEntry.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
  await recordVersion(tx, entry, { kind: action, changed: Object.keys(data), by: actor });
  return entry;
}

/** One action on a selection, all or nothing: an unknown id rolls the whole batch back. */
export async function bulkMemoryAction(input: z.input<typeof bulkMemorySchema>, actor: string) {
  const { ids, action } = bulkMemorySchema.parse(input);
  const unique = [...new Set(ids)];
  const db = await getDb();
  await db.$transaction(async (tx) => {
    for (const id of unique) await applyOne(tx, id, action, actor);
  });
  await recordAudit({ actor, action: `memory.bulk-${action}`, details: { ids: unique } });
  await announceMemoryChange(`bulk-${action}`);
  return { action, count: unique.length };
}
