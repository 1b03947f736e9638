import { createHash } from 'node:crypto';
import { getDb } from '../../db/client';
import { type JsonInput, type JsonValue, jsonOrNull } from '../../db/json';
import { publishEvent } from '../../events/publish';
import { diffCatalog, type Tracked } from './diff-catalog';
import { type CatalogModel, type CatalogSource, storedCapabilitiesSchema } from './types';

export type SnapshotMeta = { etag?: string | null; lastModified?: string | null; asOf?: Date | null };
export type SnapshotOutcome = { status: 'ok' | 'partial' | 'unchanged'; snapshotId?: string; changes: number };

export function contentHash(models: readonly CatalogModel[]): string {
  const sorted = [...models].sort((a, b) => a.modelId.localeCompare(b.modelId));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

function toCatalogModel(row: Omit<CatalogModel, 'capabilities'> & { capabilities: JsonValue }): CatalogModel {
  return {
    modelId: row.modelId,
    provider: row.provider,
    name: row.name,
    family: row.family,
    inputPerMTok: row.inputPerMTok,
    outputPerMTok: row.outputPerMTok,
    contextWindow: row.contextWindow,
    maxOutputTokens: row.maxOutputTokens,
    capabilities: storedCapabilitiesSchema.parse(row.capabilities),
    deprecatedAt: row.deprecatedAt,
  };
}

/**
 * Stores a well-formed model list from one source: an unchanged list (same content hash as the
 * last good snapshot) writes nothing; otherwise one snapshot, its observations, the diff's changes
 * and the tracked models are written in one transaction.
 */
export async function recordSnapshot(
  source: CatalogSource,
  models: CatalogModel[],
  meta: SnapshotMeta = {},
): Promise<SnapshotOutcome> {
  const db = await getDb();
  const hash = contentHash(models);
  const last = await db.modelSnapshot.findFirst({
    where: { source, status: { in: ['ok', 'partial'] } },
    orderBy: { fetchedAt: 'desc' },
  });
  if (last?.contentHash === hash) return { status: 'unchanged', changes: 0 };
  const trackedRows = await db.trackedModel.findMany({ where: { source } });
  const previous = new Map<string, Tracked>(
    trackedRows.map((r) => [
      r.modelId,
      { ...toCatalogModel(r), missingCount: r.missingCount, removed: r.removedAt !== null },
    ]),
  );
  const diff = diffCatalog(previous, models);
  const { status, next } = diff;
  // A source's first good snapshot (the offline seed included) is its baseline: hundreds of
  // "added" markers would bury the changes a person actually needs to see.
  const changes = last ? diff.changes : [];
  const snapshot = await db.$transaction(
    async (tx) => {
      const snap = await tx.modelSnapshot.create({
        data: {
          source,
          contentHash: hash,
          status,
          modelCount: models.length,
          etag: meta.etag,
          lastModified: meta.lastModified,
          asOf: meta.asOf,
        },
      });
      await tx.modelObservation.createMany({
        data: models.map((m) => ({ ...m, snapshotId: snap.id })),
      });
      if (changes.length) {
        await tx.modelChange.createMany({
          data: changes.map((c) => ({
            source,
            snapshotId: snap.id,
            modelId: c.modelId,
            provider: c.provider,
            kind: c.kind,
            before: jsonOrNull(c.before as JsonInput | null),
            after: jsonOrNull(c.after as JsonInput | null),
          })),
        });
      }
      const created: Tracked[] = [];
      for (const t of next.values()) {
        const before = previous.get(t.modelId);
        if (!before) {
          created.push(t);
          continue;
        }
        // Only rows that differ are written: a 2,000-model catalog usually changes a handful.
        if (JSON.stringify(before) === JSON.stringify(t)) continue;
        const { missingCount, removed, ...model } = t;
        const removedAt = removed ? (before.removed ? undefined : new Date()) : null;
        await tx.trackedModel.update({
          where: { source_modelId: { source, modelId: t.modelId } },
          data: { ...model, missingCount, removedAt },
        });
      }
      await tx.trackedModel.createMany({
        data: created.map(({ missingCount, removed: _removed, ...model }) => ({
          ...model,
          source,
          missingCount,
        })),
      });
      return snap;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  await publishEvent('intelligence', 'models-changed', snapshot.id);
  return { status, snapshotId: snapshot.id, changes: changes.length };
}

/** A fetch or parse failure: recorded as a failed snapshot; the tracked models stay as they were. */
export async function recordFailedSnapshot(source: CatalogSource, error: string) {
  const db = await getDb();
  const snap = await db.modelSnapshot.create({
    data: { source, contentHash: '', status: 'failed', error: error.slice(0, 2000) },
  });
  await publishEvent('intelligence', 'models-failed', snap.id);
  return snap;
}
