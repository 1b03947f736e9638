import { getDb } from '../db/client';
import { toView } from './entry-view';
import { loadEntry } from './load-entry';
import { decodeTags } from './normalize-text';

/** One entry with its provenances, its history and the history of entries merged into it. */
export async function getMemoryEntry(id: string) {
  const db = await getDb();
  const entry = await loadEntry(db, id);
  const [provenances, versions, mergedFrom] = await Promise.all([
    db.memoryProvenance.findMany({ where: { entryId: id }, orderBy: { createdAt: 'asc' } }),
    db.memoryVersion.findMany({ where: { entryId: id }, orderBy: { version: 'desc' }, take: 200 }),
    db.memoryEntry.findMany({
      where: { mergedIntoId: id },
      select: { id: true, content: true, createdBy: true, createdAt: true },
    }),
  ]);
  return {
    entry: toView(entry),
    provenances: provenances.map((p) => ({ ...p, createdAt: p.createdAt.toISOString() })),
    versions: versions.map((v) => ({
      version: v.version,
      content: v.content,
      category: v.category,
      tags: decodeTags(v.tags),
      pinned: v.pinned,
      status: v.status,
      expiresAt: v.expiresAt?.toISOString() ?? null,
      changeKind: v.changeKind,
      changed: v.changed ? v.changed.split(',') : [],
      changedBy: v.changedBy,
      note: v.note,
      createdAt: v.createdAt.toISOString(),
    })),
    mergedFrom: mergedFrom.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
  };
}
