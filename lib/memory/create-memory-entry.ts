import { recordAudit } from '../audit/record-audit';
import { getDb } from '../db/client';
import { toView } from './entry-view';
import { contentHash, encodeTags } from './normalize-text';
import { type MemoryTx, recordVersion } from './record-version';
import { type CreateMemoryInput, createMemorySchema, type SourceKind } from './schemas';
import { announceMemoryChange } from './announce-memory-change';

export type Provenance = { kind: SourceKind; id?: string | null; createdBy: string; stagedItemId?: string };

/** Inserts an entry, its first version and its provenance inside the caller's transaction. */
export async function insertMemoryEntry(tx: MemoryTx, input: CreateMemoryInput, source: Provenance, at?: Date) {
  const data = createMemorySchema.parse(input);
  const entry = await tx.memoryEntry.create({
    data: {
      content: data.content,
      contentHash: contentHash(data.content),
      category: data.category,
      tags: encodeTags(data.tags),
      pinned: data.pinned,
      expiresAt: data.expiresAt ?? null,
      sourceKind: source.kind,
      sourceId: source.id ?? null,
      createdBy: source.createdBy,
      stagedItemId: source.stagedItemId ?? null,
      ...(at ? { createdAt: at } : {}),
      provenances: { create: { sourceKind: source.kind, sourceId: source.id ?? null, createdBy: source.createdBy } },
    },
  });
  await recordVersion(tx, entry, { kind: source.kind === 'import' ? 'import' : 'create', by: source.createdBy });
  return entry;
}

/** The owner (or an approved proposal) writes one memory entry. */
export async function createMemoryEntry(input: CreateMemoryInput, source: Provenance) {
  const db = await getDb();
  const entry = await db.$transaction((tx) => insertMemoryEntry(tx, input, source));
  await recordAudit({
    actor: source.createdBy,
    action: 'memory.create',
    target: entry.id,
    details: { source: source.kind },
  });
  await announceMemoryChange('created', entry.id);
  return toView(entry);
}
