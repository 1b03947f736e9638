import type { Db } from '../db/client';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
export type MemoryTx = Tx | Db;

type Snapshot = {
  id: string;
  version: number;
  content: string;
  category: string;
  tags: string;
  pinned: boolean;
  status: string;
  expiresAt: Date | null;
};

/** Writes the snapshot of an entry as it is after a change: the history the owner can restore. */
export async function recordVersion(
  tx: MemoryTx,
  entry: Snapshot,
  change: { kind: string; changed?: string[]; by: string; note?: string },
) {
  await tx.memoryVersion.create({
    data: {
      entryId: entry.id,
      version: entry.version,
      content: entry.content,
      category: entry.category,
      tags: entry.tags,
      pinned: entry.pinned,
      status: entry.status,
      expiresAt: entry.expiresAt,
      changeKind: change.kind,
      changed: (change.changed ?? []).join(','),
      changedBy: change.by,
      note: change.note ?? null,
    },
  });
}
