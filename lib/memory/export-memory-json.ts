import { getDb } from '../db/client';
import { recordAudit } from '../audit/record-audit';
import { JSON_FORMAT, type JsonEntry } from './json-format';
import { decodeTags } from './normalize-text';

/** Everything, including archived, deleted and merged entries, with provenance and history. */
export async function exportMemoryJson(actor: string) {
  const db = await getDb();
  const rows = await db.memoryEntry.findMany({
    orderBy: { createdAt: 'asc' },
    include: { provenances: true, versions: { orderBy: { version: 'asc' } } },
  });
  const entries: JsonEntry[] = rows.map((r) => ({
    id: r.id,
    content: r.content,
    category: r.category,
    tags: decodeTags(r.tags),
    pinned: r.pinned,
    status: r.status as JsonEntry['status'],
    sourceKind: r.sourceKind as JsonEntry['sourceKind'],
    sourceId: r.sourceId,
    createdBy: r.createdBy,
    expiresAt: r.expiresAt,
    deletedAt: r.deletedAt,
    mergedIntoId: r.mergedIntoId,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    provenances: r.provenances.map((p) => ({
      sourceKind: p.sourceKind as JsonEntry['sourceKind'],
      sourceId: p.sourceId,
      createdBy: p.createdBy,
      mergedFromId: p.mergedFromId,
      createdAt: p.createdAt,
    })),
    versions: r.versions.map((v) => ({
      ...v,
      tags: decodeTags(v.tags),
      changed: v.changed ? v.changed.split(',') : [],
    })),
  }));
  await recordAudit({ actor, action: 'memory.export', details: { format: 'json', entries: entries.length } });
  return { format: JSON_FORMAT, version: 1 as const, exportedAt: new Date().toISOString(), entries };
}
