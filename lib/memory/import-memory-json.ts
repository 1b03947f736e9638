import { ValidationError } from '../api/errors';
import { recordAudit } from '../audit/record-audit';
import { zodFieldErrors } from '../api/problem';
import { getDb } from '../db/client';
import { IMPORT_TX } from './import-limits';
import type { ImportReport } from './import-openclaw-files';
import { jsonDocumentSchema, type JsonEntry } from './json-format';
import { contentHash, encodeTags } from './normalize-text';
import type { MemoryTx } from './record-version';
import { announceMemoryChange } from './announce-memory-change';

async function insertExact(tx: MemoryTx, e: JsonEntry, actor: string) {
  const provenances = e.provenances.length
    ? e.provenances
    : [
        {
          sourceKind: e.sourceKind,
          sourceId: e.sourceId,
          createdBy: e.createdBy,
          mergedFromId: null,
          createdAt: e.createdAt,
        },
      ];
  const versions = e.versions.length
    ? e.versions.map((v) => ({ ...v, tags: encodeTags(v.tags), changed: v.changed.join(',') }))
    : [
        {
          version: e.version,
          content: e.content,
          category: e.category,
          tags: encodeTags(e.tags),
          pinned: e.pinned,
          status: e.status,
          expiresAt: e.expiresAt,
          changeKind: 'import',
          changed: '',
          changedBy: actor,
          note: null,
          createdAt: new Date(),
        },
      ];
  await tx.memoryEntry.create({
    data: {
      id: e.id,
      content: e.content,
      contentHash: contentHash(e.content),
      category: e.category,
      tags: encodeTags(e.tags),
      pinned: e.pinned,
      status: e.status,
      sourceKind: e.sourceKind,
      sourceId: e.sourceId,
      createdBy: e.createdBy,
      expiresAt: e.expiresAt,
      deletedAt: e.deletedAt,
      mergedIntoId: e.mergedIntoId,
      version: Math.max(e.version, ...versions.map((v) => v.version)),
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
      provenances: { create: provenances },
      versions: { create: versions },
    },
  });
}

/**
 * Restores a JSON export with ids, provenance and history intact. The whole document is validated
 * first and written in one transaction; entries whose id already exists are left as they are.
 */
export async function importMemoryJson(document: unknown, actor: string): Promise<ImportReport> {
  const parsed = jsonDocumentSchema.safeParse(document);
  if (!parsed.success) {
    throw new ValidationError(
      'This is not a valid Buddy memory export; nothing was imported.',
      zodFieldErrors(parsed.error),
    );
  }
  const { entries } = parsed.data;
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) throw new ValidationError(`The export lists entry ${e.id} twice; nothing was imported.`);
    ids.add(e.id);
  }
  const report: ImportReport = { created: 0, updated: 0, skipped: 0 };
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const existing = new Set<string>();
    const list = [...ids];
    for (let i = 0; i < list.length; i += 500) {
      const found = await tx.memoryEntry.findMany({
        where: { id: { in: list.slice(i, i + 500) } },
        select: { id: true },
      });
      for (const f of found) existing.add(f.id);
    }
    for (const e of entries) {
      if (existing.has(e.id)) report.skipped++;
      else {
        await insertExact(tx, e, actor);
        report.created++;
      }
    }
  }, IMPORT_TX);
  await recordAudit({ actor, action: 'memory.import', details: { format: 'json', ...report } });
  await announceMemoryChange('imported');
  return report;
}
